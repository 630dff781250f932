// nianbao's service worker: the app offline after one visit. scripts/offline-files.sh writes the
// build's files and their version (a hash of their contents, not of their names: Trunk can put
// new bytes under an old name) into the two lines below.
const FILES = "@FILES@";
const VERSION = "@VERSION@";

// A portal's origin holds other apps' caches: ours carry our scope, and only ours are deleted.
const PREFIX = `nianbao ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const INDEX = new URL("index.html", self.registration.scope).href;

self.addEventListener("install", (event) => {
  // Every file at once, from the network (not the HTTP cache): a version is complete or absent.
  // No skipWaiting here: a new version waits until the page says the user agreed.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" })))),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "nianbao-update") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  // The app's page, however it is asked for (the folder, index.html): the cached index.html.
  const key = request.mode === "navigate" && (url.href === self.registration.scope || url.href === INDEX) ? INDEX : url.href;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  );
});
