// <nianbao-editor>: the nianbao editor inside a portal page.
//
//   <script type="module" src="/tools/nianbao/embed.js"></script>
//   <nianbao-editor data-storage-prefix="xxj" data-agency="某某县某某局" data-year="2025"
//                   data-fixed="agency year" data-hide="drafts import"></nianbao-editor>
//
// The editor draws in the element's open shadow root with its own style sheet: the portal's CSS
// changes nothing inside, the app's nothing outside. Options come from the data- attributes or the
// `options` property ({ storagePrefix, agency, year, fixed, hide }; the property wins); changing
// them restarts the editor on its saved draft. The element sends `nianbao-change` (an edit
// settled) and `nianbao-export` (the user exported), bubbling and composed, with `detail.report`
// the report as a JSON v1 object; and `nianbao-ready` once the editor is drawn. Removing the
// element saves the draft and takes the editor down.
//
// scripts/offline-files.sh writes the build's hashed file names into the line below.
const FILES = "@FILES@";

// Every URL from this file's own: the portal page's address says nothing of where the app is.
const base = new URL(".", import.meta.url);
const OPTIONS = ["storage-prefix", "agency", "year", "fixed", "hide"];

let loading = null;
/** The app's module, started once for every editor on the page; tried again after a failure. */
function load() {
  loading ??= import(new URL(FILES.js, base).href)
    .then(async (glue) => {
      await glue.default({ module_or_path: new URL(FILES.wasm, base) });
      return glue;
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** storagePrefix → storage-prefix; a list → words. */
function fromProperty(options) {
  const named = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value === null || value === undefined) continue;
    const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    named[name] = Array.isArray(value) ? value.join(" ") : String(value);
  }
  return named;
}

class NianbaoEditor extends HTMLElement {
  static observedAttributes = OPTIONS.map((name) => `data-${name}`);

  #given = {};
  #app = null;
  #root = null;
  #run = 0;

  /** The options in force: the attributes, then what was set through this property. */
  get options() {
    const options = {};
    for (const name of OPTIONS) {
      const value = this.getAttribute(`data-${name}`);
      if (value !== null) options[name] = value;
    }
    return { ...options, ...this.#given };
  }

  set options(value) {
    this.#given = fromProperty(value);
    this.#restart();
  }

  connectedCallback() {
    // Options set on the element before this script defined it sit on the element itself.
    if (Object.prototype.hasOwnProperty.call(this, "options")) {
      const early = this.options;
      delete this.options;
      this.#given = fromProperty(early);
    }
    this.#start();
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after) this.#restart();
  }

  /** Saves what autosave has not saved yet. */
  save() {
    this.#app?.save();
  }

  async #start() {
    if (this.#app || !this.isConnected) return;
    const run = ++this.#run;
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      for (const [file, media] of [...FILES.css.map((f) => [f, "all"]), [FILES.print, "print"]]) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.media = media;
        link.href = new URL(file, base).href;
        shadow.append(link);
      }
      this.#root = document.createElement("div");
      shadow.append(this.#root);
    }
    let glue;
    try {
      glue = await load();
    } catch (error) {
      if (run === this.#run && this.isConnected) this.#failed(error);
      return;
    }
    // Removed, or restarted, while the module loaded.
    if (run !== this.#run || !this.isConnected) return;
    // A fresh element for each start: an app taken down before it was drawn is drawn and taken
    // down afterwards, in its own element, never in the next one's.
    const root = document.createElement("div");
    this.#root.replaceChildren(root);
    const options = { ...this.options, base: base.href, worker: FILES.worker };
    // Two editors of this page on one prefix would share (and fight over) their drafts: said.
    const prefix = (options["storage-prefix"] ?? "").trim();
    for (const other of document.querySelectorAll("nianbao-editor")) {
      if (other !== this && #app in other && other.#app && (other.options["storage-prefix"] ?? "").trim() === prefix) {
        options["shared-prefix"] = prefix || "（未设前缀）";
      }
    }
    // The app sends nianbao-ready itself, once it is drawn.
    this.#app = glue.mount(root, this, options);
  }

  /** The module did not load (the network, the host): said, with a way to try again. */
  #failed(error) {
    console.error("年报编辑器未能加载", error);
    const message = document.createElement("p");
    message.className = "load-failed";
    message.setAttribute("role", "alert");
    message.textContent = "年报编辑器未能加载（网络中断或网站未提供所需文件）。草稿仍保存在本浏览器中。";
    const retry = document.createElement("button");
    retry.type = "button";
    retry.textContent = "重试";
    retry.addEventListener("click", () => this.#start());
    message.append(retry);
    this.#root.replaceChildren(message);
  }

  #stop() {
    this.#run++;
    if (!this.#app) return;
    this.#app.destroy();
    this.#app.free();
    this.#app = null;
  }

  #restart() {
    if (!this.#app) return;
    this.#stop();
    this.#start();
  }
}

if (!customElements.get("nianbao-editor")) customElements.define("nianbao-editor", NianbaoEditor);
