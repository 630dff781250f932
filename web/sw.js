// nianbao's service worker: the app offline after one visit. scripts/offline-files.sh writes the
// build's files and their version (a hash of their contents, not of their names: Trunk can put
// new bytes under an old name) into the two lines below.
const FILES = "@FILES@";
const VERSION = "@VERSION@";

// A portal's origin holds other apps' caches: ours carry our scope, and only ours are deleted.
const PREFIX = `nianbao ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
// Notes which version was active last: the one tabs may still be running when the next one takes
// over, whose cache is kept.
const ACTIVE = `${PREFIX}active`;
const INDEX = new URL("index.html", self.registration.scope).href;

// This version's cache, opened once per start of the worker rather than once per request.
let opened = null;
const ours = () => (opened ??= caches.open(CACHE));

self.addEventListener("install", (event) => {
  // Every file at once, from the network (not the HTTP cache): a version is complete or absent
  // (a failed install leaves no half-filled cache behind). No skipWaiting here: a new version
  // waits until the page says the user agreed.
  event.waitUntil(
    (async () => {
      const existed = await caches.has(CACHE);
      try {
        const cache = await caches.open(CACHE);
        await cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" })));
      } catch (error) {
        // Never the cache a running version serves from (the same files under a new sw.js).
        if (!existed) await caches.delete(CACHE);
        throw error;
      }
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "nianbao-update") self.skipWaiting();
});

/** Our caches other than this version's, oldest first (CacheStorage keeps creation order). */
async function older() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE && name !== ACTIVE);
}

self.addEventListener("activate", (event) => {
  // The version active until now is kept: a tab that did not reload yet still runs it, and loads
  // its export worker later (its files carry a hash in their names, so they are found there and
  // never taken from another version). Anything else of ours goes (a version that waited and was
  // never taken, older ones).
  event.waitUntil(
    (async () => {
      const marks = await caches.open(ACTIVE);
      const previous = await (await marks.match("active"))?.text();
      for (const name of await older()) if (name !== previous) await caches.delete(name);
      await marks.put("active", new Response(CACHE));
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
      // This version's file; else, for a tab still on the version before, that version's (only
      // hashed names can differ between the two: this version has every other file). The other
      // caches are listed only on a miss: a start asks for a dozen files, each awaited.
      const cached = await (await ours()).match(key);
      if (cached) return cached;
      for (const name of (await older()).reverse()) {
        const kept = await (await caches.open(name)).match(key);
        if (kept) return kept;
      }
      return fetch(request);
    })(),
  );
});
