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
/** The app's module, started once for every editor on the page. */
function load() {
  loading ??= import(new URL(FILES.js, base).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL(FILES.wasm, base) });
    return glue;
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
    const glue = await load();
    // Removed, or restarted, while the module loaded.
    if (run !== this.#run || !this.isConnected) return;
    const options = { ...this.options, base: base.href };
    // Two editors of this page on one prefix would share (and fight over) their drafts: said.
    const prefix = (options["storage-prefix"] ?? "").trim();
    for (const other of document.querySelectorAll("nianbao-editor")) {
      if (other !== this && #app in other && other.#app && (other.options["storage-prefix"] ?? "").trim() === prefix) {
        options["shared-prefix"] = prefix || "（未设前缀）";
      }
    }
    this.#app = glue.mount(this.#root, this, options);
    this.dispatchEvent(new CustomEvent("nianbao-ready", { bubbles: true, composed: true }));
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
