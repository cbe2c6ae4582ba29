import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/client';
import { jobs as jobsTable } from '../../src/server/db/schema';
import { createJobs } from '../../src/server/jobs/jobs';
import { testClock } from '../support/app';
import { openTestDatabase } from '../support/db';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const rowsOf = (name: string) => database.db.select().from(jobsTable).where(eq(jobsTable.name, name));

describe('the job queue', () => {
  it('runs each of 20 jobs exactly once when two runners claim from the same queue at once', async () => {
    const clock = testClock();
    const runs: string[] = [];
    const runner = (workerId: string) => {
      const jobs = createJobs({ db: database.db, clock, workerId });
      jobs.define<{ n: number }>('count', async ({ n }) => {
        runs.push(`${n}`);
        // Let the other runner claim while this one holds its batch.
        await new Promise((r) => setTimeout(r, 5));
      });
      return jobs;
    };
    const a = runner('a');
    const b = runner('b');
    for (let n = 0; n < 20; n++) await a.enqueue(undefined, 'count', { n });
    const drain = async (jobs: ReturnType<typeof runner>) => {
      let ran = 0;
      for (let got = await jobs.runDue(3); got > 0; got = await jobs.runDue(3)) ran += got;
      return ran;
    };
    const [ranA, ranB] = await Promise.all([drain(a), drain(b)]);
    expect(runs).toHaveLength(20);
    expect(new Set(runs).size).toBe(20);
    expect(ranA + ranB).toBe(20);
    const rows = await rowsOf('count');
    expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
    if (database.kind === 'postgresql') expect(new Set(rows.map((r) => r.lockedBy)).size).toBe(2);
  });

  it('retries a failing job after its backoff, then marks it failed with the last error', async () => {
    const clock = testClock();
    const jobs = createJobs({ db: database.db, clock });
    let tries = 0;
    jobs.define(
      'flaky',
      async () => {
        tries++;
        throw new Error(`refused ${tries}`);
      },
      { retry: 2, backoff: (n) => n * 60_000 },
    );
    await jobs.enqueue(undefined, 'flaky', {});
    expect(await jobs.runDue()).toBe(1);
    // The first retry waits a minute: nothing is due before.
    expect(await jobs.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await jobs.runDue()).toBe(1);
    clock.advance(119_000);
    expect(await jobs.runDue()).toBe(0);
    clock.advance(1_000);
    expect(await jobs.runDue()).toBe(1);
    clock.advance(3_600_000);
    expect(await jobs.runDue()).toBe(0);
    expect(tries).toBe(3);
    const [row] = await rowsOf('flaky');
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'refused 3' });
  });

  it('queues a job once while one with the same singleton key waits, and again once it has run', async () => {
    const clock = testClock();
    const jobs = createJobs({ db: database.db, clock });
    let ran = 0;
    jobs.define('rollup', async () => {
      ran++;
    });
    const first = await jobs.enqueue(undefined, 'rollup', { county: '520121' }, { singletonKey: '520121' });
    const second = await jobs.enqueue(undefined, 'rollup', { county: '520121' }, { singletonKey: '520121' });
    const other = await jobs.enqueue(undefined, 'rollup', { county: '520122' }, { singletonKey: '520122' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(other).not.toBeNull();
    expect(await jobs.runDue()).toBe(2);
    expect(await jobs.enqueue(undefined, 'rollup', {}, { singletonKey: '520121' })).not.toBeNull();
    expect(ran).toBe(2);
  });

  it('queues a job only when the transaction that enqueued it commits', async () => {
    const jobs = createJobs({ db: database.db, clock: testClock() });
    jobs.define('after-commit', async () => {});
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.enqueue(tx, 'after-commit', {});
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await rowsOf('after-commit')).toHaveLength(0);
  });

  it('runs a scheduled job every interval, one waiting run across processes', async () => {
    const clock = testClock();
    let ran = 0;
    const make = () => {
      const jobs = createJobs({ db: database.db, clock });
      jobs.define('tick', async () => {
        ran++;
      });
      jobs.schedule('tick', 10_000);
      return jobs;
    };
    const a = make();
    const b = make();
    await a.startSchedules();
    await b.startSchedules();
    expect(await a.runDue()).toBeGreaterThanOrEqual(1);
    expect(ran).toBe(1);
    expect(await b.runDue()).toBe(0);
    clock.advance(10_000);
    await b.runDue();
    expect(ran).toBe(2);
    expect((await rowsOf('tick')).filter((r) => r.status === 'queued')).toHaveLength(1);
  });

  it('claims again a job whose runner vanished while it was running, once the lease ran out', async () => {
    const clock = testClock();
    const dead = createJobs({ db: database.db, clock, workerId: 'dead', leaseMs: 60_000 });
    dead.define('orphan', async () => {
      throw new Error('never reached');
    });
    await dead.enqueue(undefined, 'orphan', {});
    // Claimed by a runner that crashed before finishing: the row stays `running`.
    await database.db
      .update(jobsTable)
      .set({ status: 'running', lockedBy: 'dead', lockedAt: clock.now() })
      .where(eq(jobsTable.name, 'orphan'));
    let ran = 0;
    const alive = createJobs({ db: database.db, clock, workerId: 'alive', leaseMs: 60_000 });
    alive.define('orphan', async () => {
      ran++;
    });
    expect(await alive.runDue()).toBe(0);
    clock.advance(61_000);
    expect(await alive.runDue()).toBe(1);
    expect(ran).toBe(1);
  });
});
