// The phone app's service worker (issue 11 item 2), served from /m/sw.js with scope /m/. It keeps the app
// shell — the page, its scripts and styles, the manifest and icons — so the app opens without signal. The
// cadre's data and the queue of actions taken offline live in IndexedDB (src/mobile/app/store.ts), written by
// the page; the API (/api/…) is never answered from here, so nothing stale is ever taken for the server's word.

// The worker's global scope, typed locally (the project's lib is the DOM's, not the WebWorker's).
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Response | Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}
declare const __MOBILE_BUILD__: string;

const worker = self as unknown as WorkerScope;
const CACHE = `zhucun-m-${__MOBILE_BUILD__}`;
const SHELL = '/m/';
const FIXED = [SHELL, '/m/manifest.webmanifest', '/m/icons/icon-192.png', '/m/icons/icon-512.png'];

/** The page's own scripts and styles, read from the page itself (their names carry the build's hash). */
async function shellAssets(): Promise<string[]> {
  const html = await (await fetch(SHELL, { cache: 'no-cache' })).text();
  return [...html.matchAll(/(?:src|href)="(\/m\/assets\/[^"]+)"/g)].map((m) => m[1]!);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...FIXED, ...(await shellAssets())]);
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('zhucun-m-') && key !== CACHE) await caches.delete(key);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || !url.pathname.startsWith('/m/')) return;
  // The page: the network first (a new build is seen at once), the kept shell without signal.
  if (request.mode === 'navigate' || url.pathname === SHELL) {
    event.respondWith(
      (async () => {
        try {
          const fresh = await fetch(request);
          if (fresh.ok) await (await caches.open(CACHE)).put(SHELL, fresh.clone());
          return fresh;
        } catch {
          return (await caches.match(SHELL)) ?? Response.error();
        }
      })(),
    );
    return;
  }
  // Scripts, styles, icons: named by content, so the kept copy is right; fetched and kept when missing.
  event.respondWith(
    (async () => {
      const kept = await caches.match(request);
      if (kept) return kept;
      const fresh = await fetch(request);
      if (fresh.ok && url.pathname !== '/m/sw.js')
        await (await caches.open(CACHE)).put(request, fresh.clone());
      return fresh;
    })(),
  );
});
