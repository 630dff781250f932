#!/usr/bin/env node
// How long an import takes in the browser (issue 10). Budget: a 250 KB portal page or a 50 KB
// .docx imported in under 100 ms, the worker's start excluded and measured apart. The page served
// from the build drives the worker (crates/nianbao-worker) itself, as src/services/export_worker.rs
// does, and times:
//   (1) the worker's start, `new Worker(loader)` until it says "ready": the first of a tab (cold:
//       its files fetched and compiled), then more started one after another in the same tab;
//   (2) a session's first import: the first request of a just-started worker, in a fresh browser
//       context each time (the importer's code is compiled as it is first used);
//   (3) with one warm worker, each input from postMessage to the reply: the 2022 portal page and
//       the .docx files posted as a File, the seed text, a paste of the 2022 page;
//   (4) for information, the whole path a user sees: 导入报告 (#import-json) with the 2022 page
//       until the import report's question dialog is open, the worker cold and warm.
// Every reply is checked (no error, the agency read). Prints figures beside the budget; asserts
// nothing (tests assert, this reports). Runs Debian's Chromium through playwright-core against a
// release build served by the end-to-end tests' static server.
//
//   trunk build --release --offline && node scripts/bench-import.mjs [--json] [--runs N]
//
// NIANBAO_DIST=… measures another build, NIANBAO_SAMPLES=… another samples folder (its seeds are
// in ../seeds). The .docx inputs are made first, in a temporary folder: our own .docx of a long
// report (平潭综合实验区 2022 whose three narratives hold those of all eleven samples, as
// crates/nianbao/benches/import.rs builds it) by `cargo run --release -p nianbao-cli -- convert`;
// that report with its narratives repeated until our .docx passes 50 KB; and the long report's
// .docx as Word writes it — our file with every run cut into runs of nine characters, each with its
// own w:rsidR and font hint, exactly as the criterion bench does it, but done here on the zip.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DIST, launchChromium } from "../tests/e2e/browser.mjs";
import { serveStatic } from "../tests/e2e/static-server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SAMPLES = process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url));
const PAGE = `${SAMPLES}/pages/平潭综合实验区_2022.html`;
const SEED = `${SAMPLES}/../seeds/000_bafcd2ea084bb138.txt`;
const AGENCY = "平潭综合实验区";
const SEED_AGENCY = "八卦洲街道办事处"; // the seed is 八卦洲街道's 2021 report (samples/八卦洲街道_2021.json)
const LONG_SAMPLES = [
  "平潭综合实验区_2022",
  "平潭综合实验区_2020_旧格式",
  "平潭综合实验区_2021",
  "平潭综合实验区_2024",
  "平潭综合实验区公安局_2021",
  "平潭综合实验区公安局_2022",
  "平潭综合实验区市场监督管理局_2022",
  "平潭综合实验区自然资源与生态环境局_2022",
  "平潭综合实验区苏平片区管理局_2024",
  "平潭综合实验区金井片区管理局_2023",
  "八卦洲街道_2021",
];
const argValue = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = argValue("--runs", 30);
const STARTS = 10; // workers started after the first in one tab
const SESSIONS = 6; // fresh contexts for each kind of first import
const FIRST_OF = ["page", "word"];
const UI_COLD = 5;
const UI_WARM = 10;
const BUDGET_MS = 100;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function quantile(values, q) {
  const xs = [...values].sort((a, b) => a - b);
  const at = (xs.length - 1) * q;
  const [lo, hi] = [Math.floor(at), Math.ceil(at)];
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}
const stats = (xs) => ({
  n: xs.length,
  median: quantile(xs, 0.5),
  p90: quantile(xs, 0.9),
  min: Math.min(...xs),
  max: Math.max(...xs),
});

// ---------------------------------------------------------------------------------------------
// The inputs.

/** 平潭综合实验区 2022 with the narratives of every sample, one after another, `times` over. */
async function longReport(times) {
  const reports = await Promise.all(LONG_SAMPLES.map(async (n) => JSON.parse(await readFile(`${SAMPLES}/${n}.json`, "utf8"))));
  const long = structuredClone(reports[0]);
  for (const field of ["overview", "problems", "other_matters"]) {
    const all = reports.map((r) => r[field]).join("\n");
    long[field] = Array(times).fill(all).join("\n");
  }
  return long;
}

/** Our .docx of `report`, written by the command line's `convert`. */
async function ourDocx(dir, report, name) {
  const json = join(dir, `${name}.json`);
  const docx = join(dir, `${name}.docx`);
  await writeFile(json, JSON.stringify(report, null, 2));
  // convert warns about the report's findings on stderr; the file is written all the same.
  execFileSync("cargo", ["run", "--quiet", "--release", "-p", "nianbao-cli", "--", "convert", json, "-o", docx], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  return readFile(docx);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The parts of a zip, in order: [name, bytes]. Just enough for our writer's files. */
function unzip(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // the end record, with no comment
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error("not a zip (no end record)");
  let at = view.getUint32(end + 16, true);
  const parts = [];
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(data, data + packed);
    parts.push([name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw)]);
    at += 46 + skip;
  }
  return parts;
}

/** A zip of `parts`, deflated, as benches/import.rs writes one. */
function zip(parts) {
  const locals = [];
  const directory = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const packed = deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name, "utf8");
    const header = Buffer.alloc(26);
    [20, 0, 8, 0, 0].forEach((v, i) => header.writeUInt16LE(v, i * 2)); // version, flags, deflate, time, date
    header.writeUInt32LE(crc32(data), 10);
    header.writeUInt32LE(packed.length, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt16LE(nameBytes.length, 22);
    locals.push(Buffer.from("PK\x03\x04", "latin1"), header, nameBytes, packed);
    const entry = Buffer.alloc(2 + 26 + 10 + 4);
    entry.writeUInt16LE(20, 0); // made by
    header.copy(entry, 2);
    entry.writeUInt32LE(offset, 38);
    directory.push(Buffer.from("PK\x01\x02", "latin1"), entry, nameBytes);
    offset += 4 + header.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.write("PK\x05\x06", 0, "latin1");
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** `text` (escaped XML) in pieces of `size` characters, never inside an entity (benches/import.rs). */
function pieces(text, size) {
  const out = [];
  let [start, count, inEntity] = [0, 0, false];
  let i = 0;
  for (const c of text) {
    if (c === "&") inEntity = true;
    else if (c === ";" && inEntity) inEntity = false;
    i += c.length;
    if (!inEntity) {
      count += 1;
      if (count === size) {
        out.push(text.slice(start, i));
        [start, count] = [i, 0];
      }
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** document.xml with each run's text cut every nine characters into runs of the same properties,
 * each with a revision id and an East Asian font hint, as editing in Word leaves them. */
function splitRuns(document) {
  let out = "";
  let rsid = 0x00a12b3c;
  let rest = document;
  for (let at = rest.indexOf("<w:r>"); at >= 0; at = rest.indexOf("<w:r>")) {
    out += rest.slice(0, at);
    rest = rest.slice(at);
    const end = rest.indexOf("</w:r>") + "</w:r>".length;
    const run = rest.slice(0, end);
    rest = rest.slice(end);
    const [from, to] = [run.indexOf("<w:rPr>"), run.indexOf("</w:rPr>")];
    const properties = from >= 0 && to >= 0 ? run.slice(from + "<w:rPr>".length, to) : "";
    const [open, close] = [run.indexOf("<w:t"), run.indexOf("</w:t>")];
    if (open < 0 || close < 0) {
      out += run;
      continue;
    }
    const text = run.slice(run.indexOf(">", open) + 1, close);
    for (const piece of pieces(text, 9)) {
      rsid = (Math.imul(rsid, 1_103_515_245) + 12_345) >>> 0;
      const id = (rsid >>> 4).toString(16).toUpperCase().padStart(8, "0");
      out += `<w:r w:rsidR="${id}"><w:rPr><w:rFonts w:hint="eastAsia"/>${properties}</w:rPr><w:t xml:space="preserve">${piece}</w:t></w:r>`;
    }
  }
  return out + rest;
}

function wordLike(docx) {
  return zip(unzip(docx).map(([name, data]) => [name, name === "word/document.xml" ? Buffer.from(splitRuns(data.toString("utf8"))) : data]));
}

async function makeInputs(dir) {
  const long = await longReport(1);
  const ours = await ourDocx(dir, long, "long");
  // Repeated until our own writer's file passes 50 KB (deflate finds little to share between
  // copies 30 KB of XML apart, so each copy adds most of its size).
  let times = 1;
  let repeated = ours;
  while (repeated.length < 50_000 && times < 20) {
    times += 1;
    repeated = await ourDocx(dir, await longReport(times), `long-x${times}`);
  }
  const html = await readFile(PAGE);
  const seed = await readFile(SEED);
  const file = (key, what, name, type, bytes, more = {}) => ({ key, what, kind: "import", name, type, bytes, ...more });
  return [
    file("page", "portal page 平潭综合实验区_2022.html (File)", "平潭综合实验区_2022.html", "text/html", html, { budget: true }),
    file("word", "long report, .docx as Word writes it (File)", "long-word.docx", DOCX, wordLike(ours), { budget: true, sameAs: "ours" }),
    file("ours", "long report, our .docx (nianbao convert) (File)", "long.docx", DOCX, ours, { budget: true }),
    file("repeated", `long report ×${times} narratives, our .docx (File)`, `long-x${times}.docx`, DOCX, repeated, { budget: true }),
    file("seed", "seed: text copied out of Word, .txt (File)", "000_bafcd2ea084bb138.txt", "text/plain", seed, { agency: SEED_AGENCY }),
    { key: "paste", what: "paste of the 2022 page (html + its text)", kind: "paste", name: "粘贴的内容", bytes: html },
  ];
}

// ---------------------------------------------------------------------------------------------
// In the page.

/**
 * Init script: `window.bench`, the page's side. `start(loader)` starts a worker and resolves when
 * it says "ready" (with the time since `new Worker`); `load(inputs)` fetches the inputs and makes
 * each one's message (a File for an import; for a paste, the HTML and the same as plain text, as
 * a browser's clipboard gives them); `ask(worker, message)` posts one request and resolves with
 * the reply and the time from postMessage to it; `read(reply)` decodes a reply (outside any timed
 * span): the error, or the agency, year and report read.
 */
function benchTools() {
  let id = 0;
  window.bench = {
    start: (loader) =>
      new Promise((resolve, reject) => {
        const at = performance.now();
        const worker = new Worker(new URL(loader, document.baseURI).href);
        worker.onerror = (event) => reject(new Error(`worker failed: ${event.message}`));
        worker.onmessage = (event) => {
          if (event.data === "ready") resolve({ worker, ms: performance.now() - at });
          else if (event.data && event.data.failed) reject(new Error(`worker failed: ${event.data.failed}`));
        };
      }),
    async load(inputs) {
      const files = [];
      for (const input of inputs) {
        const bytes = new Uint8Array(await (await fetch(`inputs/${input.key}`)).arrayBuffer());
        if (input.kind === "import") {
          files.push({ ...input, message: { kind: "import", file: new File([bytes], input.name, { type: input.type }), name: input.name } });
        } else {
          const html = new TextDecoder().decode(bytes);
          const text = new DOMParser().parseFromString(html, "text/html").body.textContent;
          files.push({ ...input, message: { kind: "paste", html, text, name: input.name } });
        }
      }
      return files;
    },
    ask: (worker, message) =>
      new Promise((resolve) => {
        id += 1;
        const mine = id;
        worker.onmessage = (event) => {
          if (event.data && event.data.id === mine) resolve({ ms: performance.now() - at, data: event.data });
        };
        const at = performance.now();
        worker.postMessage({ id: mine, ...message });
      }),
    read(data) {
      if (data.error) return { error: data.error };
      if (!(data.bytes instanceof Uint8Array)) return { error: "no bytes in the reply" };
      const reply = JSON.parse(new TextDecoder().decode(data.bytes));
      // `check`: the import report's doubts and what was not found, as the worker words them.
      const doubts = Array.isArray(reply.check) ? reply.check.length : null;
      return { agency: reply.report?.meta?.agency, year: reply.report?.meta?.year, report: JSON.stringify(reply.report), doubts };
    },
  };
}

/** In the page: `starts` + 1 workers one after another, each timed until "ready" and terminated
 * (the first is the page's cold one). */
async function startsInPage({ loader, starts }) {
  const times = [];
  for (let i = 0; i <= starts; i += 1) {
    const { worker, ms } = await window.bench.start(loader);
    times.push(ms);
    worker.terminate();
  }
  return times;
}

/** In the page: the worker started, and the first request it gets (`input`), as a session's
 * first import is. */
async function firstInPage({ loader, input, warmed }) {
  const [file] = await window.bench.load([input]);
  const { worker, ms } = await window.bench.start(loader);
  // What the app asks when a file chooser or the paste box opens: the readers compiled while
  // the user chooses (not timed: the user is still choosing).
  if (warmed) await window.bench.ask(worker, { kind: "warm" });
  const first = await window.bench.ask(worker, file.message);
  worker.terminate();
  return { startMs: ms, firstMs: first.ms, ...window.bench.read(first.data) };
}

/** In the page: one worker, kept; every input in turn: its first request on that worker, three
 * unmeasured, then `runs` measured, every reply checked (no error, the agency read). */
async function warmInPage({ loader, inputs, runs }) {
  const { bench } = window;
  const files = await bench.load(inputs);
  const { worker } = await bench.start(loader);
  const results = {};
  for (const { key, message, agency } of files) {
    const first = await bench.ask(worker, message);
    const firstRead = bench.read(first.data);
    for (let i = 0; i < 3; i += 1) await bench.ask(worker, message);
    const times = [];
    const problems = new Set();
    for (let i = 0; i < runs; i += 1) {
      const { ms, data } = await bench.ask(worker, message);
      times.push(ms);
      const got = bench.read(data);
      if (got.error) problems.add(`error: ${got.error}`);
      else if (got.agency !== agency) problems.add(`agency read as 「${got.agency}」`);
    }
    if (firstRead.error) problems.add(`error: ${firstRead.error}`);
    results[key] = { firstMs: first.ms, times, problems: [...problems], ...firstRead };
  }
  worker.terminate();
  return results;
}

/** Init script for the UI path: notes when #import-json's file is picked, when the app posts
 * the import to its worker and gets the reply (a Worker that notes them stands in for the
 * browser's), when the question dialog is open, and the frame after. */
function watchImport() {
  window.__import = [];
  const last = () => window.__import[window.__import.length - 1];
  window.Worker = class extends window.Worker {
    constructor(...args) {
      super(...args);
      // Added before the app sets onmessage, so it runs first.
      this.addEventListener("message", (event) => {
        const entry = last();
        if (entry && entry.posted !== undefined && entry.reply === undefined && event.data?.id !== undefined) entry.reply = performance.now();
      });
    }
    postMessage(message, ...rest) {
      const entry = last();
      if (entry && entry.posted === undefined && message?.kind === "import") entry.posted = performance.now();
      return super.postMessage(message, ...rest);
    }
  };
  document.addEventListener(
    "change",
    (event) => {
      if (event.target.id !== "import-json") return;
      const entry = { picked: performance.now() };
      window.__import.push(entry);
      const open = () => document.querySelector("[data-testid=question]")?.open;
      const observer = new MutationObserver(() => {
        if (entry.shown || !open()) return;
        entry.shown = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => (entry.frame = performance.now()));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["open"] });
    },
    true,
  );
}

async function uiImport(page) {
  const n = await page.evaluate(() => window.__import.length);
  await page.locator("#import-json").setInputFiles(PAGE);
  const question = page.getByTestId("question");
  await question.waitFor({ timeout: 30000 });
  await page.waitForFunction((i) => window.__import[i]?.frame !== undefined, n);
  const said = await question.textContent();
  if (!said.includes(AGENCY)) throw new Error(`the question does not name ${AGENCY}: ${said}`);
  const entry = await page.evaluate((i) => window.__import[i], n);
  await question.getByRole("button", { name: "取消", exact: true }).click();
  await question.waitFor({ state: "hidden" });
  return {
    toShown: entry.shown - entry.picked,
    toFrame: entry.frame - entry.picked,
    toPosted: entry.posted - entry.picked,
    inWorker: entry.reply - entry.posted,
    replyToShown: entry.shown - entry.reply,
  };
}

// ---------------------------------------------------------------------------------------------

const loadBefore = os.loadavg();
const dir = await mkdtemp(join(os.tmpdir(), "nianbao-bench-import-"));
const inputs = await makeInputs(dir);
for (const input of inputs) await writeFile(join(dir, input.key), input.bytes);
const server = await serveStatic(DIST, { mounts: { "/inputs/": dir } });
const browser = await launchChromium();
const pageInputs = inputs.map(({ key, kind, name, type, agency = AGENCY }) => ({ key, kind, name, type, agency }));
const measured = {};
const ui = { cold: [], warm: [] };
try {
  measured.chromium = browser.version();
  /** A fresh browser context (its own cache and renderer process) with the editor up: the app
   * booting would share the page's thread with the measurement, so it finishes first. */
  const fresh = async () => {
    const context = await browser.newContext({ locale: "zh-CN", serviceWorkers: "block" });
    await context.addInitScript(benchTools);
    await context.addInitScript(watchImport);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-path="meta.agency"]').waitFor();
    return { context, page };
  };
  let { context, page } = await fresh();
  const loader = await page.locator("script[data-nianbao-worker]").getAttribute("data-nianbao-worker");
  measured.loader = loader;
  // (1) Starts in one tab. The page's first is cold; after it the compiled module is at hand in
  // the renderer, if the last worker's was not yet collected.
  measured.startMs = await page.evaluate(startsInPage, { loader, starts: STARTS });
  // (3) One warm worker.
  measured.results = await page.evaluate(warmInPage, { loader, inputs: pageInputs, runs: RUNS });
  await context.close();
  // (2) A session's first import: each in a fresh context, since a worker started in a tab where
  // another worker of the same module lived shares its compiled code (the first request of a
  // worker started beside a running one takes 15–25 ms instead of 70–100).
  measured.firsts = Object.fromEntries(FIRST_OF.map((key) => [key, []]));
  measured.warmedFirsts = Object.fromEntries(FIRST_OF.map((key) => [key, []]));
  for (let i = 0; i < SESSIONS * FIRST_OF.length * 2; i += 1) {
    const key = FIRST_OF[i % FIRST_OF.length];
    const warmed = i >= SESSIONS * FIRST_OF.length;
    ({ context, page } = await fresh());
    const got = await page.evaluate(firstInPage, { loader, input: pageInputs.find((p) => p.key === key), warmed });
    if (got.error) throw new Error(`${key}, first import: ${got.error}`);
    (warmed ? measured.warmedFirsts : measured.firsts)[key].push(got);
    await context.close();
  }
  // (4) The whole path, as a user meets it: cold (a fresh context: the pick starts the worker,
  // its files fetched and compiled), then warm (the worker running, the same page again).
  for (let i = 0; i < UI_COLD; i += 1) {
    ({ context, page } = await fresh());
    ui.cold.push(await uiImport(page));
    if (i < UI_COLD - 1) await context.close();
  }
  for (let i = 0; i < UI_WARM; i += 1) ui.warm.push(await uiImport(page));
  await context.close();
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

const { startMs, results, firsts } = measured;
for (const input of inputs) {
  const r = results[input.key];
  if (input.sameAs && !r.error && r.report !== results[input.sameAs].report) {
    r.problems.push(`reads to another report than ${input.sameAs}`);
  }
}
const summary = {
  machine: {
    cpus: os.cpus().length,
    // 1, 5 and 15 minutes, before and after (after includes the benchmark's own browser).
    loadBefore: loadBefore.map((l) => Number(l.toFixed(2))),
    loadAfter: os.loadavg().map((l) => Number(l.toFixed(2))),
    chromium: measured.chromium,
  },
  budgetMs: BUDGET_MS,
  workerStart: { coldMs: startMs[0], fresh: stats(startMs.slice(1)), coldInFreshContexts: stats(Object.values(firsts).flat().map((r) => r.startMs)) },
  sessionFirst: Object.fromEntries(
    Object.entries(firsts).map(([key, runs]) => [key, { start: stats(runs.map((r) => r.startMs)), firstImport: stats(runs.map((r) => r.firstMs)) }]),
  ),
  sessionFirstWarmed: Object.fromEntries(
    Object.entries(measured.warmedFirsts).map(([key, runs]) => [key, { firstImport: stats(runs.map((r) => r.firstMs)) }]),
  ),
  imports: inputs.map((input) => {
    const r = results[input.key];
    const s = stats(r.times);
    return {
      key: input.key,
      what: input.what,
      bytes: input.bytes.length,
      firstOnWorkerMs: r.firstMs,
      ...s,
      agency: r.agency ?? null,
      year: r.year ?? null,
      doubts: r.doubts ?? null,
      problems: r.problems,
      withinBudget: input.budget ? s.p90 < BUDGET_MS : null,
    };
  }),
  ui: Object.fromEntries(
    Object.entries(ui).map(([name, runs]) => [name, Object.fromEntries(Object.keys(runs[0]).map((k) => [k, stats(runs.map((r) => r[k]))]))]),
  ),
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const f = (x) => x.toFixed(1);
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const { machine } = summary;
  console.log(`machine: ${machine.cpus} CPUs, load ${machine.loadBefore.join(" ")} before, ${machine.loadAfter.join(" ")} after; Chromium ${machine.chromium}; build ${DIST} (worker ${measured.loader})`);
  console.log("");
  console.log(`worker start, new Worker() until "ready" (no budget: measured apart from the imports):`);
  const fresh = summary.workerStart.fresh;
  const starts = Object.values(firsts).flat().map((r) => r.startMs);
  const cold = stats(starts);
  console.log(`  the first worker of a tab (cold), ${cold.n} fresh contexts: median ${f(cold.median)} ms, p90 ${f(cold.p90)}, min ${f(cold.min)}, max ${f(cold.max)}; the benchmark's own first: ${f(summary.workerStart.coldMs)} ms`);
  console.log(`  ${fresh.n} more started in that tab, one after another: median ${f(fresh.median)} ms, p90 ${f(fresh.p90)}, min ${f(fresh.min)}, max ${f(fresh.max)}`);
  console.log("");
  console.log("a session's first import: the first request of a just-started worker, in a fresh context (the reader's code compiled as first used):");
  for (const [key, { firstImport: s }] of Object.entries(summary.sessionFirst)) {
    const what = inputs.find((i) => i.key === key).what;
    const verdict = s.p90 < BUDGET_MS ? "within budget" : "OVER BUDGET";
    console.log(`  ${what}, ${s.n} runs: median ${f(s.median)} ms, p90 ${f(s.p90)}, min ${f(s.min)}, max ${f(s.max)}  [${verdict}]`);
  }
  console.log("the same, after the \"warm\" request the app sends when a file chooser or the paste box opens:");
  for (const [key, { firstImport: s }] of Object.entries(summary.sessionFirstWarmed)) {
    const what = inputs.find((i) => i.key === key).what;
    const verdict = s.p90 < BUDGET_MS ? "within budget" : "OVER BUDGET";
    console.log(`  ${what}, ${s.n} runs: median ${f(s.median)} ms, p90 ${f(s.p90)}, min ${f(s.min)}, max ${f(s.max)}  [${verdict}]`);
  }
  console.log("");
  console.log(`one warm worker, postMessage to reply, ${RUNS} runs each after 3 unmeasured (budget ${BUDGET_MS} ms for the page and the .docx files, judged on p90;`);
  console.log(`"first on it": the input's first request on that worker, in the order below):`);
  const rows = [["input", "size", "first on it", "median", "p90", "min", "max", "read as", "verdict"]];
  for (const i of summary.imports) {
    const verdict = i.problems.length ? `PROBLEM: ${i.problems.join("; ")}` : i.withinBudget === null ? "(no budget)" : i.withinBudget ? "within budget" : "OVER BUDGET";
    rows.push([i.what, kib(i.bytes), `${f(i.firstOnWorkerMs)} ms`, `${f(i.median)} ms`, `${f(i.p90)} ms`, f(i.min), f(i.max), `${i.agency ?? "?"} ${i.year ?? "?"}, ${i.doubts ?? "?"} doubts`, verdict]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (s, w) => s + " ".repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  for (const r of rows) console.log(`  ${r.map((cell, c) => pad(cell, widths[c])).join("  ")}`);
  console.log("");
  console.log(`the app, 导入报告 (#import-json) with the 2022 page until the question dialog is open (for information):`);
  for (const [name, n] of [["cold (fresh context: worker fetched and started by the pick)", UI_COLD], ["warm (worker running, same page)", UI_WARM]]) {
    const u = summary.ui[name.startsWith("cold") ? "cold" : "warm"];
    console.log(`  ${name}, ${n} runs: dialog open median ${f(u.toShown.median)} ms (min ${f(u.toShown.min)}, max ${f(u.toShown.max)}); next frame median ${f(u.toFrame.median)} ms`);
    console.log(`    of which (medians): pick to postMessage ${f(u.toPosted.median)} ms, in the worker ${f(u.inWorker.median)} ms, reply to dialog open ${f(u.replyToShown.median)} ms`);
  }
}
