// Starts the app on its own page. A file of its own rather than Trunk's inline script, so that a
// page served with `Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'` (no
// 'unsafe-inline') runs it. Trunk writes the hashed names of the glue and the module on the tag
// (Trunk.toml, pattern_script); the module's URL is passed on, since the glue's own default is the
// unhashed name. Every URL is resolved from this file's own, so any sub-path of a host works.
const tag = document.querySelector("script[data-nianbao-js]");
const base = new URL(".", import.meta.url);
const glueUrl = new URL(tag.dataset.nianbaoJs, base).href;
const root = document.createElement("div");
document.body.append(root);
let glue;
try {
  glue = await import(glueUrl);
  await glue.default({ module_or_path: new URL(tag.dataset.nianbaoWasm, base) });
} catch (error) {
  // Not a blank page: what happened, and a way to try again. Drafts are in the browser, untouched.
  console.error("年报未能加载", error);
  const message = document.createElement("p");
  message.className = "load-failed";
  message.setAttribute("role", "alert");
  message.textContent = "年报未能加载（网络中断或网站未提供所需文件）。草稿仍保存在本浏览器中。";
  const retry = document.createElement("button");
  retry.type = "button";
  retry.textContent = "重新载入";
  retry.addEventListener("click", () => location.reload());
  message.append(retry);
  root.append(message);
  throw error;
}
const app = glue.mount(root, null, { base: base.href, worker: tag.dataset.nianbaoWorker });
// The print sheet is not needed to draw the editor: it is asked for once the editor is up.
const print = document.createElement("link");
print.rel = "stylesheet";
print.media = "print";
print.href = new URL(tag.dataset.nianbaoPrint, base);
document.head.append(print);

// 「汇总」 and 「文字与表格核对」 are a module of their own (crates/nianbao-huizong), loaded on the
// first click on either.
root.addEventListener("click", (event) => {
  const open = event.target.closest("[data-huizong]");
  if (open) import("./huizong.js").then(({ openHuizong }) => openHuizong(root, open.dataset.huizong));
});

// Offline use is set up once the editor is up and the browser is idle, so that it never slows a
// start (the first, or one from the service worker's cache).
const later = window.requestIdleCallback ?? ((run) => setTimeout(run, 200));
later(() => import("./offline.js").then(({ keepOffline }) => keepOffline(app, glueUrl)), { timeout: 3000 });
