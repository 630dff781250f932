// Starts the app. A file of its own rather than Trunk's inline script, so that a page served with
// `Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'` (no 'unsafe-inline') runs it.
// Trunk writes the hashed names of the glue and the module on the tag (Trunk.toml, pattern_script);
// the module's URL is passed on, since the glue's own default is the unhashed name.
const tag = document.querySelector("script[data-nianbao-js]");
const { default: init } = await import(new URL(tag.dataset.nianbaoJs, document.baseURI).href);
await init({ module_or_path: new URL(tag.dataset.nianbaoWasm, document.baseURI) });
