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
  // Every file at once, from the network (not the HTTP cache): a version is complete or absent
  // (a failed install leaves no half-filled cache behind). No skipWaiting here: a new version
  // waits until the page says the user agreed.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .catch(async (error) => {
        await caches.delete(CACHE);
        throw error;
      }),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "nianbao-update") self.skipWaiting();
});

/** Our caches other than this version's, oldest first (CacheStorage keeps creation order). */
async function older() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
}

self.addEventListener("activate", (event) => {
  // The version before this one is kept: a tab that did not reload yet still runs it, and loads
  // its export worker later (its files carry a hash in their names, so they are found there and
  // never taken from another version). Anything older goes.
  event.waitUntil(
    (async () => {
      const old = await older();
      for (const name of old.slice(0, -1)) await caches.delete(name);
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
    (async () => {
      // This version's file; else, for a tab still on the previous version, that version's
      // (only hashed names can differ between the two: this version has every other file).
      for (const name of [CACHE, ...(await older()).reverse()]) {
        const cached = await (await caches.open(name)).match(key);
        if (cached) return cached;
      }
      return fetch(request);
    })(),
  );
});
