// What the phone keeps (issue 11 item 2): the cadre's own data as last read from the server, and the queue of
// actions taken on the device, in IndexedDB — both survive a reload and a night without signal.

const DB_NAME = 'zhucun-m';
const DATA = 'data';
const QUEUE = 'queue';

let opened: Promise<IDBDatabase> | undefined;
function db(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(DATA);
      req.result.createObjectStore(QUEUE, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

function run<T>(store: string, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return db().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const tx = d.transaction(store, mode);
        const req = op(tx.objectStore(store));
        tx.oncomplete = () => resolve(req.result as T);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      }),
  );
}

export interface Kept<T> {
  value: T;
  /** When it was read from the server (ISO). */
  at: string;
}

export const getData = <T>(key: string) => run<Kept<T> | undefined>(DATA, 'readonly', (s) => s.get(key));
export const putData = <T>(key: string, value: T) =>
  run<IDBValidKey>(DATA, 'readwrite', (s) => s.put({ value, at: new Date().toISOString() }, key));
export const clearData = () => run<undefined>(DATA, 'readwrite', (s) => s.clear());

export const allQueued = <T>() => run<T[]>(QUEUE, 'readonly', (s) => s.getAll());
export const putQueued = <T extends { id: string }>(item: T) =>
  run<IDBValidKey>(QUEUE, 'readwrite', (s) => s.put(item));
export const deleteQueued = (id: string) => run<undefined>(QUEUE, 'readwrite', (s) => s.delete(id));
export const clearQueue = () => run<undefined>(QUEUE, 'readwrite', (s) => s.clear());
