import type { Db } from '../../db/client';
import { type AuditRepository, stagedInTransaction } from './audit.repository';

/**
 * Seals each transaction's audit records right after it commits (issue 10 Scale), as a group commit. Every
 * `db.transaction` runs with a note of the records it staged (audit.append); once it has committed, and before
 * its caller goes on, it waits for a seal pass that *started after* its commit — which chains everything staged
 * and committed by then, its own records included. One pass runs at a time in this process; the writes that
 * commit while it runs share the next pass. So under load a pass chains the batch of everyone's records in one
 * transaction, no write queries anything of its own to find out whether it was sealed, and no write holds the
 * chain's lock across its own commit. Other processes' sealers take the same lock (pg_advisory_xact_lock), so
 * the chain stays one.
 *
 * A service call that returns has its records in the chain, as when they were chained inside the transaction.
 * A pass that fails leaves the records staged (committed with their change, never lost); `onError` is told,
 * and the next pass — another write's, the server's timer or a verification — chains them.
 */
export function sealAfterCommit(db: Db, audit: AuditRepository, onError: (e: unknown) => void): void {
  const transaction = db.transaction.bind(db);
  /** The pass that will start next (and take every record committed before it starts), if one is asked for. */
  let next: Promise<void> | null = null;
  /** The pass running now, or settled. */
  let running: Promise<void> = Promise.resolve();
  const sealSoon = (): Promise<void> => {
    if (next) return next;
    const pass = running.then(async () => {
      next = null; // from here on, a commit needs the pass after this one
      try {
        await audit.seal(db);
      } catch (e) {
        onError(e);
      }
    });
    next = pass;
    running = pass;
    return pass;
  };
  const sealed: Db['transaction'] = async (fn, config) => {
    const staged = { any: false };
    const result = await stagedInTransaction.run(staged, () => transaction(fn, config));
    if (staged.any) await sealSoon();
    return result;
  };
  db.transaction = sealed;
}
