// The server half of the workflow primitive (src/domain/workflow): a step is applied by one guarded update
// (`… where id = ? and status = <from> returning`) inside the caller's transaction, so two concurrent steps
// on the same record can never both succeed — the second finds no row in the state it started from and is
// answered 409 INVALID_STATE. The step row and the audit record are written in the same transaction.
import { and, eq, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError, type LocalisedText } from '../../shared/errors';
import type { Actor } from '../context';
import type { Executor } from '../db/client';
import type { AuditEntry, AuditRepository } from '../modules/audit/audit.repository';

type StatefulTable = PgTable & { id: PgColumn; status: PgColumn };

/** 409 INVALID_STATE: the record left `from` before this step could take it. */
export const changedMeanwhile = (what: LocalisedText, from: string) =>
  new AppError(
    'INVALID_STATE',
    {
      zh: `${what.zh}已被他人处理，不再处于该步骤的起始状态，请刷新后查看`,
      en: `The ${what.en} was changed by someone else and is no longer ${from}; reload it and look again`,
    },
    { expectedStatus: from },
  );

/**
 * Moves the record `id` of `table` from `from` to `to` with `patch`, only if it is still in `from`;
 * refuses with 409 INVALID_STATE when no row changed. Answers the updated row.
 */
export async function guardedTransition<T extends StatefulTable>(
  tx: Executor,
  table: T,
  id: string,
  from: string,
  to: string,
  patch: Partial<InferInsertModel<T>>,
  what: LocalisedText = { zh: '记录', en: 'record' },
): Promise<InferSelectModel<T>> {
  const rows = (await tx
    .update(table)
    // biome-ignore lint/suspicious/noExplicitAny: the patch is typed by the caller's table above
    .set({ ...patch, status: to } as any)
    .where(and(eq(table.id, id), eq(table.status, from)))
    .returning()) as InferSelectModel<T>[];
  const [row] = rows;
  if (!row) throw changedMeanwhile(what, from);
  return row;
}

/** A step taken through the primitive: the guarded update, then the step row and the audit record. */
export async function takeStep<R>(
  tx: Executor,
  audit: AuditRepository,
  input: {
    actor: Actor;
    at: Date;
    /** The guarded update of the owning repository. */
    update: () => Promise<R>;
    /** The step row, when the workflow keeps one. */
    stepRow?: (row: R) => Promise<void>;
    /**
     * What the step changes besides its record (aggregates, a need reopened), run before the audit record:
     * appending takes the audit chain's lock until commit, so it comes last and holds the lock for as
     * little as it can (every audited write in the country waits on it).
     */
    effects?: (row: R) => Promise<void>;
    audit: (row: R) => AuditEntry;
  },
): Promise<R> {
  const row = await input.update();
  if (input.stepRow) await input.stepRow(row);
  if (input.effects) await input.effects(row);
  await audit.append(tx, input.actor, input.audit(row), input.at);
  return row;
}
