import type { Db } from '../../db/client';
import { type AuditRepository, stagedInTransaction } from './audit.repository';

/**
 * Seals each transaction's audit records right after it commits (issue 10 Scale). Every `db.transaction`
 * runs with a note of the records it staged (audit.append); once it has committed, and before its caller goes
 * on, those records are chained — unless a concurrent sealer already took them, which is the usual case under
 * load: one sealer chains the batch of everyone's committed records under the chain's lock, and the others
 * find theirs done without waiting for the lock. So a service call that returns has its records in the chain,
 * as when they were chained inside the transaction, but no write holds the chain's lock across its own commit.
 *
 * A seal that fails leaves the records staged (committed with their change, never lost); `onError` is told,
 * and the next seal — another write's, the server's timer or a verification — chains them.
 */
export function sealAfterCommit(db: Db, audit: AuditRepository, onError: (e: unknown) => void): void {
  const transaction = db.transaction.bind(db);
  const sealed: Db['transaction'] = async (fn, config) => {
    const staged = { ids: [] as number[] };
    const result = await stagedInTransaction.run(staged, () => transaction(fn, config));
    if (staged.ids.length) {
      try {
        // Without queueing for the lock: while another sealer holds it, look again shortly — it is likely
        // chaining these records already. Only when the lock is free does this call seal, everyone's.
        for (let pause = 1; await audit.stillStaged(db, staged.ids); pause = Math.min(pause * 2, 16)) {
          if ((await audit.seal(db, { wait: false })) >= 0) break;
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      } catch (e) {
        onError(e);
      }
    }
    return result;
  };
  db.transaction = sealed;
}
