// Starts the app on its own page. A file of its own rather than Trunk's inline script, so that a
// page served with `Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'` (no
// 'unsafe-inline') runs it. Trunk writes the hashed names of the glue and the module on the tag
// (Trunk.toml, pattern_script); the module's URL is passed on, since the glue's own default is the
// unhashed name. Every URL is resolved from this file's own, so any sub-path of a host works.
const tag = document.querySelector("script[data-nianbao-js]");
const base = new URL(".", import.meta.url);
const glueUrl = new URL(tag.dataset.nianbaoJs, base).href;
const glue = await import(glueUrl);
await glue.default({ module_or_path: new URL(tag.dataset.nianbaoWasm, base) });

const root = document.createElement("div");
document.body.append(root);
const app = glue.mount(root, null, { base: base.href });

// Offline use is set up once the editor is up and the browser is idle, so that it never slows a
// start (the first, or one from the service worker's cache).
const later = window.requestIdleCallback ?? ((run) => setTimeout(run, 200));
later(() => import("./offline.js").then(({ keepOffline }) => keepOffline(app, glueUrl)), { timeout: 3000 });
