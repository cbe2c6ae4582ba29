import { randomUUID } from 'node:crypto';
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { jobs as jobsTable } from '../db/schema';

/** What a handler is told about the run it is in. */
export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
}
export type JobHandler<P = unknown> = (payload: P, ctx: JobContext) => Promise<void>;

export interface JobOptions {
  /** Retries after the first failure (0: run once). */
  retry?: number;
  /** Wait before retry n (1-based), in ms. Default: 5 s · 2^(n-1), at most an hour. */
  backoff?: (retry: number) => number;
}
export interface EnqueueOptions {
  runAt?: Date;
  /** While a job of this name and key waits or runs, another enqueue with the same key does nothing. */
  singletonKey?: string;
}

export interface JobsDeps {
  db: Db;
  clock: { now(): Date };
  /** Names this process in `locked_by` (host:pid by default). */
  workerId?: string;
  /** A running job whose worker vanished (crash) is claimed again after this long. Default 5 minutes. */
  leaseMs?: number;
  onError?: (e: unknown, job: { id: string; name: string }) => void;
}

const DEFAULT_BACKOFF = (n: number) => Math.min(5_000 * 2 ** (n - 1), 3_600_000);
const SCHEDULED = 'schedule';
// Finished jobs are kept a day for inspection, then pruned by the built-in scheduled job.
const KEEP_FINISHED_MS = 86_400_000;

/**
 * The job queue (docs/architecture.md "Jobs"): a table, claimed with `for update skip locked`, so any number of
 * app processes on one PostgreSQL database share it and PGlite (one process) runs the same SQL.
 */
export function createJobs(deps: JobsDeps) {
  const { db, clock } = deps;
  const workerId = deps.workerId ?? `${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = deps.leaseMs ?? 300_000;
  const handlers = new Map<
    string,
    { handler: JobHandler<never>; retry: number; backoff: (n: number) => number }
  >();
  const schedules = new Map<string, number>();
  let onError = deps.onError;

  function define<P>(name: string, handler: JobHandler<P>, options: JobOptions = {}) {
    if (handlers.has(name)) throw new Error(`job ${name} is defined twice`);
    handlers.set(name, {
      handler: handler as JobHandler<never>,
      retry: options.retry ?? 3,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
    });
  }

  /** Queues a job, in the caller's transaction when one is given (so it exists only if the change commits). */
  async function enqueue(
    tx: Executor | undefined,
    name: string,
    payload: unknown = {},
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const def = handlers.get(name);
    if (!def) throw new Error(`job ${name} is not defined`);
    const rows = await (tx ?? db)
      .insert(jobsTable)
      .values({
        name,
        payload: payload as object,
        runAt: options.runAt ?? clock.now(),
        maxAttempts: def.retry + 1,
        singletonKey: options.singletonKey ?? null,
      })
      .onConflictDoNothing({
        target: [jobsTable.name, jobsTable.singletonKey],
        where: sql`singleton_key is not null and status in ('queued', 'running')`,
      })
      .returning({ id: jobsTable.id });
    return rows[0]?.id ?? null;
  }

  /** Runs `name` every `everyMs` (at least one waiting run at a time across all processes). */
  function schedule(name: string, everyMs: number) {
    if (!handlers.has(name)) throw new Error(`job ${name} is not defined`);
    schedules.set(name, everyMs);
  }

  async function claim(limit: number) {
    const now = clock.now();
    const leaseEnd = new Date(now.getTime() - leaseMs);
    const due = db
      .select({ id: jobsTable.id })
      .from(jobsTable)
      .where(
        and(
          // Only jobs this process knows (a process of an older version leaves newer kinds to the others).
          inArray(jobsTable.name, [...handlers.keys()]),
          or(
            and(eq(jobsTable.status, 'queued'), sql`${jobsTable.runAt} <= ${now}`),
            and(eq(jobsTable.status, 'running'), lt(jobsTable.lockedAt, leaseEnd)),
          ),
        ),
      )
      .orderBy(jobsTable.runAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    return db
      .update(jobsTable)
      .set({ status: 'running', attempts: sql`${jobsTable.attempts} + 1`, lockedBy: workerId, lockedAt: now })
      .where(inArray(jobsTable.id, due))
      .returning();
  }

  async function runOne(job: Awaited<ReturnType<typeof claim>>[number]) {
    const def = handlers.get(job.name);
    const mine = and(
      eq(jobsTable.id, job.id),
      eq(jobsTable.lockedBy, workerId),
      eq(jobsTable.status, 'running'),
    );
    let error: unknown;
    if (!def) error = new Error(`job ${job.name} is not defined in this process`);
    else {
      try {
        await def.handler(job.payload as never, { id: job.id, name: job.name, attempt: job.attempts });
      } catch (e) {
        error = e;
      }
    }
    const now = clock.now();
    if (error === undefined) {
      await db.update(jobsTable).set({ status: 'done', finishedAt: now, lastError: null }).where(mine);
    } else {
      onError?.(error, job);
      const message = String((error as Error)?.message ?? error).slice(0, 2000);
      const retry = def && job.attempts < job.maxAttempts;
      await db
        .update(jobsTable)
        .set(
          retry
            ? {
                status: 'queued',
                runAt: new Date(now.getTime() + def.backoff(job.attempts)),
                lastError: message,
              }
            : { status: 'failed', finishedAt: now, lastError: message },
        )
        .where(mine);
      if (retry) return;
    }
    const every = job.singletonKey === SCHEDULED ? schedules.get(job.name) : undefined;
    if (every !== undefined) {
      await enqueue(
        undefined,
        job.name,
        {},
        { singletonKey: SCHEDULED, runAt: new Date(now.getTime() + every) },
      );
    }
  }

  /** Claims up to `limit` due jobs and runs them; answers how many ran. */
  async function runDue(limit = 10): Promise<number> {
    const claimed = await claim(limit);
    for (const job of claimed) await runOne(job);
    return claimed.length;
  }

  /** Queues the first run of every schedule (a no-op where one waits already, from this or another process). */
  async function startSchedules() {
    for (const name of schedules.keys()) await enqueue(undefined, name, {}, { singletonKey: SCHEDULED });
  }

  define('jobs.prune', async () => {
    await db
      .delete(jobsTable)
      .where(
        and(
          inArray(jobsTable.status, ['done', 'failed']),
          lt(jobsTable.finishedAt, new Date(clock.now().getTime() - KEEP_FINISHED_MS)),
        ),
      );
  });
  schedule('jobs.prune', 3_600_000);

  /**
   * Polls every `pollMs`: queues the schedules' first runs, then claims and runs due jobs until none is left.
   * Answers a stop function that waits for the batch in hand.
   */
  function start(options: { pollMs?: number; batch?: number; onError?: JobsDeps['onError'] } = {}) {
    onError = options.onError ?? onError;
    const pollMs = options.pollMs ?? 1_000;
    let stopped = false;
    let current: Promise<void> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const tick = async () => {
      try {
        while (!stopped && (await runDue(options.batch ?? 10)) > 0) {}
      } catch (e) {
        onError?.(e, { id: '', name: '(runner)' });
      }
      if (!stopped) {
        timer = setTimeout(() => {
          current = tick();
        }, pollMs);
        timer.unref();
      }
    };
    current = startSchedules()
      .catch((e: unknown) => onError?.(e, { id: '', name: '(schedules)' }))
      .then(tick);
    return async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    };
  }

  return { define, enqueue, schedule, runDue, startSchedules, start, workerId };
}

export type Jobs = ReturnType<typeof createJobs>;
