/**
 * An in-memory copy of a small table, loaded when the service is created and refreshed in the background
 * after `ttlMs`, and at once after this process's own writes. Other modules read settings and the calendar
 * inside their own transactions (the attendance aggregates): a reader must then never wait for a query of
 * its own — on PGlite, one connection, that query would wait for the open transaction forever. So only the
 * very first read waits (for the load started at creation); later reads answer from memory.
 */
export function createSnapshot<T>(load: () => Promise<T>, ttlMs: number) {
  let value: { at: number; data: T } | undefined;
  let inflight: Promise<T> | undefined;
  let started = 0;
  let applied = 0;

  function fetch(): Promise<T> {
    const mine = ++started;
    const p = load().then((data) => {
      if (mine > applied) {
        applied = mine;
        value = { at: Date.now(), data };
      }
      return value!.data;
    });
    inflight = p;
    p.then(
      () => {
        if (inflight === p) inflight = undefined;
      },
      () => {
        if (inflight === p) inflight = undefined;
      },
    );
    return p;
  }

  return {
    /** The current copy; the first call waits for the load. */
    async get(): Promise<T> {
      if (!value) return inflight ?? fetch();
      if (Date.now() - value.at > ttlMs && !inflight) fetch().catch(() => undefined);
      return value.data;
    },
    /** Reloads now (after a write, outside its transaction) and answers the new copy. */
    refresh: (): Promise<T> => fetch(),
    /** Starts the first load without waiting (at creation; a failure is retried by the next read). */
    warm(): void {
      fetch().catch(() => undefined);
    },
  };
}
