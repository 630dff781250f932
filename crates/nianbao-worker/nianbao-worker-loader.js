// Starts the export worker (index.html copies this file beside the app). Trunk's own loader shim
// leaves a module that fails to load (a 404, a cut connection, a stale cache) as an unhandled
// rejection the page never hears of, and the page would wait for ever; this one tells it.
importScripts("./nianbao-worker.js");
wasm_bindgen({ module_or_path: "./nianbao-worker_bg.wasm" }).catch((error) => {
  postMessage({ failed: String(error) });
});
