/*
 * The app's service worker, written to dist/sw.js by vite.config.ts (serviceWorker plugin), which
 * replaces the manifest placeholder with every file of the build (entry, lazy chunks incl. jsPDF, fonts,
 * styles, checklist.json, public files) and the version placeholder with a hash of their contents.
 *
 * - install: caches every file; the new worker then waits, so an open tab keeps running the version it
 *   loaded until the user accepts the "update available" prompt (message SKIP_WAITING).
 * - activate: deletes the caches of older versions and takes control of open tabs.
 * - fetch: same-origin GETs only. A navigation gets the cached HTML a host would serve for its path
 *   (src/config/pages.ts: a prerendered page, else the shell; the app routes on the client), everything
 *   else comes from the cache, then the network. Nothing else is intercepted.
 */
const PRECACHE = __PRECACHE_MANIFEST__;
const CACHE = `wsc-${__CACHE_VERSION__}`;
/** [pathname pattern, HTML file] of each prerendered page; every other navigation gets SHELL. */
const PAGES = __PAGES__.map(([pattern, file]) => [new RegExp(pattern), file]);
const SHELL = __SHELL__;

function htmlFor(pathname) {
  return PAGES.find(([pattern]) => pattern.test(pathname))?.[1] ?? SHELL;
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('wsc-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = request.mode === 'navigate' ? htmlFor(url.pathname) : url.pathname;
  if (!PRECACHE.includes(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  );
});
