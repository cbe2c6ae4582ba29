import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, validation } from '../../shared/errors';
import type { Db } from '../db/client';
import { idempotencyKeys } from '../db/schema';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A create an offline client may resend: an optional body `clientId` (UUID) makes the resend give the
     * first answer instead of a second record (docs/architecture.md "Idempotency"). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency?: { clientId: string; userId: string; owner: boolean };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A concurrent twin waits this long for the first request's answer before being told to retry.
const WAIT_MS = 10_000;
const POLL_MS = 50;
// Kept a week: an offline client resends within days.
export const IDEMPOTENCY_KEEP_MS = 7 * 86_400_000;

const inProgress = () =>
  new AppError('CONFLICT', {
    zh: '同一 clientId 的请求正在处理中，请稍后重试',
    en: 'A request with this clientId is still being processed; retry in a moment',
  });
const otherRoute = () =>
  new AppError('CONFLICT', {
    zh: '这个 clientId 已用于另一项操作，请为新的记录生成新的 clientId',
    en: 'This clientId was used for another operation; generate a new clientId for a new record',
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Idempotency keys for routes with `config: { idempotent: true }`. The key row `(user, clientId)` is inserted
 * before the handler runs (primary key: of two concurrent twins one inserts, the other waits), the 2xx answer is
 * stored with it, and a resend gets that answer — same status, same body — without running the handler.
 * A refused or failed request gives its key back, so a corrected resend may use it.
 */
export const idempotencyPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  const { db } = opts;
  const key = (r: NonNullable<FastifyRequest['idempotency']>) =>
    and(eq(idempotencyKeys.userId, r.userId), eq(idempotencyKeys.clientId, r.clientId));
  // The two statements every idempotent create makes, built once (issue 10 Scale: a leave write's cost is
  // mostly building and sending statements, not the database's work).
  const claim = db
    .insert(idempotencyKeys)
    .values({
      userId: sql.placeholder('userId'),
      clientId: sql.placeholder('clientId'),
      route: sql.placeholder('route'),
    })
    .onConflictDoNothing()
    .returning({ userId: idempotencyKeys.userId })
    .prepare('idempotency_claim');
  const answer = db
    .update(idempotencyKeys)
    // The answer as the JSON text it was sent as (what the jsonb column's encoder would make of it).
    .set({ status: sql`${sql.placeholder('status')}`, response: sql`${sql.placeholder('response')}` })
    .where(
      and(
        eq(idempotencyKeys.userId, sql.placeholder('userId')),
        eq(idempotencyKeys.clientId, sql.placeholder('clientId')),
      ),
    )
    .prepare('idempotency_answer');

  // Read from the raw body: the route's schema strips fields it does not name.
  app.addHook('preValidation', async (request) => {
    if (!request.routeOptions.config.idempotent || !request.actor?.userId) return;
    const clientId = (request.body as { clientId?: unknown } | null | undefined)?.clientId;
    if (clientId === undefined || clientId === null) return;
    if (typeof clientId !== 'string' || !UUID.test(clientId)) {
      throw validation([{ field: 'clientId', message: { zh: '应为 UUID', en: 'must be a UUID' } }]);
    }
    request.idempotency = { clientId: clientId.toLowerCase(), userId: request.actor.userId, owner: false };
  });

  app.addHook('preHandler', async (request, reply) => {
    const idem = request.idempotency;
    if (!idem) return;
    const route = `${request.method} ${request.routeOptions.url}`;
    const inserted = await claim.execute({ userId: idem.userId, clientId: idem.clientId, route });
    if (inserted.length > 0) {
      idem.owner = true;
      return;
    }
    for (let waited = 0; ; waited += POLL_MS) {
      const [row] = await db.select().from(idempotencyKeys).where(key(idem));
      if (!row) {
        // The first request failed and gave its key back: this one runs.
        const again = await claim.execute({ userId: idem.userId, clientId: idem.clientId, route });
        if (again.length > 0) {
          idem.owner = true;
          return;
        }
        continue;
      }
      if (row.route !== route) throw otherRoute();
      if (row.status !== null) {
        reply.header('idempotent-replay', 'true');
        return reply.code(row.status).send(row.response);
      }
      if (waited >= WAIT_MS) throw inProgress();
      await sleep(POLL_MS);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem?.owner) return payload;
    idem.owner = false;
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      await answer.execute({
        status: reply.statusCode,
        response: payload === '' ? null : payload,
        userId: idem.userId,
        clientId: idem.clientId,
      });
    } else {
      await db.delete(idempotencyKeys).where(key(idem));
    }
    return payload;
  });

  // A request that ended without sending (aborted) gives its key back too.
  app.addHook('onResponse', async (request) => {
    const idem = request.idempotency;
    if (idem?.owner) await db.delete(idempotencyKeys).where(key(idem));
  });
});

/** Deletes keys older than `IDEMPOTENCY_KEEP_MS` (run as a scheduled job). */
export async function pruneIdempotencyKeys(db: Db, now: Date) {
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEEP_MS)));
}
