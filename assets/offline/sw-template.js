// Principle Lens service worker, generated at build time by scripts/make-sw.mjs.
// Precaches the whole build; serves it cache-first, so the app works offline
// once loaded. A new build installs beside the old one and waits until the page
// accepts the update ("skip-waiting"); then the old caches are deleted.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `principle-lens-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('principle-lens-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const page = url.pathname.endsWith('explore.html') ? 'explore.html' : './';
      const shell = await cache.match(new URL(page, self.registration.scope));
      if (shell) return shell;
    }
    return fetch(request);
  })());
});
