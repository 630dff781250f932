// Opens the 汇总 view (crates/nianbao-huizong) over the editor. Its module is built like the
// export worker's (no-modules glue, which defines `wasm_bindgen`) and loaded here on the first
// click on 「汇总」, so none of it is in the editor's first load. Closing the view hides it: its
// reports and sums stay as they were for the next time.
let layer;
let opening;
// The build gives the module's name a hash of its contents (scripts/offline-files.sh).
const glueUrl = new URL("./nianbao-huizong.js", import.meta.url);

// `mode` "claims" (「文字与表格核对」) goes straight to the open draft's claims and pictures.
export async function openHuizong(root, mode) {
  if (layer) {
    layer.hidden = false;
    root.inert = true;
    layer.focus();
  } else {
    opening ??= load(root).finally(() => {
      opening = undefined;
    });
    await opening;
  }
  if (mode === "claims" && layer) showOpenDraft(layer);
}

function showOpenDraft(view) {
  const section = view.querySelector(".sum-current");
  if (!section) return;
  section.querySelector("button")?.click();
  section.scrollIntoView();
  section.focus();
}

async function load(root) {
  const view = document.createElement("div");
  view.className = "huizong-layer";
  view.lang = "zh-CN";
  view.tabIndex = -1;
  view.setAttribute("role", "region");
  view.setAttribute("aria-label", "汇总");
  view.textContent = "正在载入汇总……";
  document.body.append(view);
  try {
    await Promise.all([sheet(new URL("huizong.css", glueUrl)), script(glueUrl)]);
    // eslint-disable-next-line no-undef -- defined by the glue just loaded
    const glue = wasm_bindgen;
    await glue({ module_or_path: new URL(glueUrl.href.replace(/\.js$/, "_bg.wasm")) });
    view.textContent = "";
    glue.open_huizong(view, root.querySelector(".app"), "");
    layer = view;
    // While the view covers the editor, the editor takes no focus and no typing: Tab must not
    // wander into a draft the user cannot see. The view hides itself (「返回编辑」, a report handed
    // to the editor); then the editor is given back, with the keyboard on 「汇总」.
    root.inert = true;
    new MutationObserver(() => {
      root.inert = !view.hidden;
      if (view.hidden) root.querySelector("[data-huizong]")?.focus();
    }).observe(view, { attributes: true, attributeFilter: ["hidden"] });
    // Esc goes back to the editor, unless it belongs to a field (clearing a search box).
    view.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !event.target.closest("input, textarea")) view.hidden = true;
    });
    view.focus();
  } catch (error) {
    console.error("汇总未能载入", error);
    view.textContent = "汇总未能载入（网络中断或网站未提供所需文件）。";
    const back = document.createElement("button");
    back.type = "button";
    back.className = "btn";
    back.textContent = "返回编辑";
    back.addEventListener("click", () => view.remove());
    view.append(back);
  }
}

function script(url) {
  return new Promise((resolve, reject) => {
    const tag = document.createElement("script");
    tag.src = url;
    tag.onload = resolve;
    tag.onerror = () => reject(new Error(`无法载入 ${url}`));
    document.head.append(tag);
  });
}

function sheet(url) {
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = url;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`无法载入 ${url}`));
    document.head.append(link);
  });
}
