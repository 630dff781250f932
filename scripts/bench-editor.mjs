#!/usr/bin/env node
// Measures the editor as a clerk meets it (issue 4): how long a keystroke in table 三 takes to show
// its new total and findings, how soon after navigation the editor takes input, and how much a
// first visit downloads. Prints figures beside the budgets; asserts nothing (tests assert, this
// reports). Runs Debian's Chromium through playwright-core against a release build served by the
// same static server the end-to-end tests use.
//
//   CARGO_TARGET_DIR=/tmp/target-bench trunk build --release --offline --dist /tmp/dist-bench
//   NIANBAO_DIST=/tmp/dist-bench node scripts/bench-editor.mjs [--json]
//
// Without NIANBAO_DIST it measures dist/ (what `trunk build --release` writes).
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import os from "node:os";
import { DIST, launchChromium } from "../tests/e2e/browser.mjs";
import { serveStatic } from "../tests/e2e/static-server.mjs";

const SAMPLE = `${process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url))}/平潭综合实验区公安局_2021.json`;
const KEYSTROKES = 200;
const LOADS = 15;
const BUDGET = { keystrokeMedianMs: 4, readyMs: 300, gzipKB: 250 };

const median = (xs) => quantile(xs, 0.5);
function quantile(values, q) {
  const xs = [...values].sort((a, b) => a - b);
  const at = (xs.length - 1) * q;
  const [lo, hi] = [Math.floor(at), Math.ceil(at)];
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}
const ms = (x) => `${x.toFixed(2)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? "within budget" : "OVER BUDGET");

/**
 * (a) In the page: for each keystroke, set the cell's text as a keystroke would, time from just
 * before dispatching the `input` event until the row's 总计 shows the new sum and the findings
 * panel has changed (a MutationObserver sees the panel; the total is an input's value, a property
 * no observer sees, so it is checked at that moment), and separately until the next frame starts.
 * Every keystroke changes the T3_BALANCE message (it quotes the number), so the panel must redraw;
 * alternating 0 and 5 instead makes the finding itself come and go, the most the panel ever does.
 */
function keystrokeProbe({ values }) {
  const cell = document.querySelector('[data-path="requests.received.natural_person"]');
  const total = document.querySelector('[data-path="requests.received.total"]');
  const panel = document.querySelector("aside.findings");
  const others = Number(document.querySelector('[data-path="requests.received.commercial"]').value || 0);
  cell.focus();
  const toDom = [];
  const toFrame = [];
  const one = (n) =>
    new Promise((resolve, reject) => {
      const expected = String(n + others);
      let domAt = null;
      const observer = new MutationObserver(() => {
        if (domAt === null && total.value === expected) domAt = performance.now();
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true });
      const timeout = setTimeout(() => reject(new Error(`no update for ${n}: total shows "${total.value}", expected "${expected}"`)), 2000);
      cell.value = String(n);
      const start = performance.now();
      cell.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: String(n).slice(-1) }));
      // Whatever rendered synchronously inside the dispatch counts too.
      if (domAt === null && total.value === expected && observer.takeRecords().length > 0) domAt = performance.now();
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        // A render scheduled after the frame would still be caught: wait for it.
        const finish = () => {
          if (domAt === null) return setTimeout(finish, 0);
          observer.disconnect();
          clearTimeout(timeout);
          toDom.push(domAt - start);
          toFrame.push(frameAt - start);
          resolve();
        };
        finish();
      });
    });
  return (async () => {
    for (const value of values) await one(value);
    return { toDom, toFrame, findings: panel.querySelectorAll("li").length };
  })();
}

/** (a') A real key press through Chromium's input pipeline: from the keydown's own timestamp to the DOM update. */
async function realKeys(page, count) {
  await page.evaluate(() => {
    const total = document.querySelector('[data-path="requests.received.total"]');
    const panel = document.querySelector("aside.findings");
    window.__keys = [];
    let pending = null;
    document.addEventListener("keydown", (event) => (pending = { at: event.timeStamp, total: total.value }), true);
    new MutationObserver(() => {
      if (pending && total.value !== pending.total) {
        window.__keys.push(performance.now() - pending.at);
        pending = null;
      }
    }).observe(panel, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('[data-path="requests.received.natural_person"]').click();
  for (let i = 0; i < count; i += 1) {
    // Alternate between typing a digit and deleting it, so the number stays short and changes each time.
    await page.keyboard.press(i % 2 === 0 ? String((i / 2) % 9 + 1) : "Backspace");
  }
  await page.waitForTimeout(50);
  return page.evaluate(() => window.__keys);
}

const range = (from, count) => Array.from({ length: count }, (_, i) => from + i);

async function keystrokes(browser, url, label, prepare) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-path="requests.received.natural_person"]').waitFor();
  await prepare(page);
  // A few unmeasured keystrokes first: the first ones pay for lazy initialisation.
  await page.evaluate(keystrokeProbe, { values: range(2000, 10) });
  const probe = await page.evaluate(keystrokeProbe, { values: range(1000, KEYSTROKES) });
  const toggling = await page.evaluate(keystrokeProbe, { values: range(0, KEYSTROKES).map((i) => (i % 2) * 5) });
  const real = await realKeys(page, 100);
  await context.close();
  return { label, ...probe, toggling, real };
}

/** (b) and (c): a first visit in a fresh context, timed from navigation start. */
async function load(browser, url, { keepBodies }) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 768 } });
  // Installed before the app's script runs: notes when the first table cell exists and takes focus.
  await context.addInitScript(() => {
    const probe = () => {
      const cell = document.querySelector('[data-path="requests.received.natural_person"]');
      if (!cell) return false;
      cell.focus();
      if (document.activeElement !== cell) return false;
      // Left focused: a blur would make the app re-render and disturb what is measured.
      performance.mark("bench-first-input-focusable");
      return true;
    };
    new MutationObserver((_, observer) => probe() && observer.disconnect()).observe(document, {
      subtree: true,
      childList: true,
    });
  });
  const page = await context.newPage();
  const bodies = [];
  if (keepBodies) {
    page.on("response", async (response) => {
      bodies.push(response.body().then((body) => ({ url: response.url(), type: response.headers()["content-type"], body })));
    });
  }
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("nianbao-ready").length > 0);
  await page.waitForLoadState("networkidle");
  const times = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByType("paint").find((p) => p.name === "first-contentful-paint");
    const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"));
    return {
      ready: mark("nianbao-ready"),
      focusable: mark("bench-first-input-focusable"),
      domContentLoaded: nav.domContentLoadedEventEnd,
      fcp: fcp?.startTime ?? null,
      wasmFetched: wasm?.responseEnd ?? null,
    };
  });
  // The first load is what came before the editor was ready: offline.js and the service worker's
  // precache follow it on purpose (bench-offline.mjs and bench-size.sh show them).
  const before = new Set(
    await page.evaluate(() => {
      const ready = performance.getEntriesByName("nianbao-ready")[0].startTime;
      return [location.href, ...performance.getEntriesByType("resource").filter((r) => r.startTime <= ready).map((r) => r.name)];
    }),
  );
  const files = keepBodies ? (await Promise.all(bodies)).filter((file) => before.has(file.url)) : [];
  await context.close();
  return { times, files };
}

function chromiumVersion() {
  try {
    return execFileSync(process.env.CHROMIUM ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

const server = await serveStatic(DIST);
const browser = await launchChromium();
try {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}`;
  const report = { machine, chromium: chromiumVersion(), browserVersion: browser.version(), node: process.version, dist: DIST };

  // (a) keystrokes: on a blank draft (about two hundred findings to redraw) and on a real report.
  const blank = await keystrokes(browser, server.url, "blank draft", async () => {});
  const sample = await keystrokes(browser, server.url, "sample report (平潭综合实验区公安局 2021)", async (page) => {
    await page.locator("#import-json").setInputFiles(SAMPLE);
    await page.waitForFunction(() => document.querySelector('[data-path="meta.agency"]')?.value === "平潭综合实验区公安局");
    // An imported report keeps the totals it printed; recomputing lets the total follow the typing.
    await page.getByRole("toolbar").getByRole("button", { name: "按分项重新计算合计" }).click();
  });
  report.keystroke = [blank, sample].map((k) => ({
    label: k.label,
    findings: k.findings,
    n: k.toDom.length,
    domMedian: median(k.toDom),
    domP95: quantile(k.toDom, 0.95),
    frameMedian: median(k.toFrame),
    frameP95: quantile(k.toFrame, 0.95),
    toggleN: k.toggling.toDom.length,
    toggleMedian: median(k.toggling.toDom),
    toggleP95: quantile(k.toggling.toDom, 0.95),
    realN: k.real.length,
    realMedian: k.real.length ? median(k.real) : null,
    realP95: k.real.length ? quantile(k.real, 0.95) : null,
  }));

  // (b) first visits, each in a fresh context (empty cache and storage).
  const loads = [];
  let files = [];
  for (let i = 0; i < LOADS; i += 1) {
    const result = await load(browser, server.url, { keepBodies: i === 0 });
    if (i === 0) files = result.files;
    loads.push(result.times);
  }
  const stat = (key) => {
    const xs = loads.map((l) => l[key]).filter((x) => x !== null);
    return { median: median(xs), p95: quantile(xs, 0.95), min: Math.min(...xs), max: Math.max(...xs) };
  };
  report.load = {
    n: LOADS,
    ready: stat("ready"),
    focusable: stat("focusable"),
    fcp: stat("fcp"),
    domContentLoaded: stat("domContentLoaded"),
    wasmFetched: stat("wasmFetched"),
  };

  // (c) what the first visit downloaded, raw and gzipped (zlib level 9, what a careful server sends).
  report.bytes = files
    .map(({ url, type, body }) => ({
      file: new URL(url).pathname.replace(/^\//, "") || "index.html",
      type: (type ?? "").split(";")[0],
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    }))
    .sort((a, b) => b.raw - a.raw);
  const total = report.bytes.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  report.bytesTotal = total;

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`machine:  ${report.machine}`);
    console.log(`browser:  ${report.chromium} (playwright reports ${report.browserVersion}), headless; node ${report.node}`);
    console.log(`build:    ${report.dist}`);
    console.log("");
    console.log(`(a) keystroke in 表三 一、本年新收 自然人 → row 总计 and findings panel updated (budget: median ${BUDGET.keystrokeMedianMs} ms)`);
    for (const k of report.keystroke) {
      console.log(`  ${k.label}, ${k.findings} findings listed:`);
      console.log(`    input event → DOM updated:   median ${ms(k.domMedian)}, p95 ${ms(k.domP95)} over ${k.n}  [${verdict(k.domMedian <= BUDGET.keystrokeMedianMs)}]`);
      console.log(`    … when the finding comes and goes: median ${ms(k.toggleMedian)}, p95 ${ms(k.toggleP95)} over ${k.toggleN}`);
      console.log(`    input event → next frame:    median ${ms(k.frameMedian)}, p95 ${ms(k.frameP95)} (vsync-bound: the next 60 Hz frame)`);
      if (k.realN) console.log(`    real key (keydown) → DOM:    median ${ms(k.realMedian)}, p95 ${ms(k.realP95)} over ${k.realN}`);
    }
    console.log("");
    const l = report.load;
    console.log(`(b) navigation start → editor ready, ${l.n} first visits (budget: ${BUDGET.readyMs} ms)`);
    console.log(`    performance.mark("nianbao-ready"): median ${ms(l.ready.median)}, p95 ${ms(l.ready.p95)}, min ${ms(l.ready.min)}, max ${ms(l.ready.max)}  [${verdict(l.ready.median <= BUDGET.readyMs)}]`);
    console.log(`    first table cell focusable:       median ${ms(l.focusable.median)}, p95 ${ms(l.focusable.p95)}`);
    console.log(`    first contentful paint:           median ${ms(l.fcp.median)}, p95 ${ms(l.fcp.p95)}`);
    console.log(`    DOMContentLoaded:                 median ${ms(l.domContentLoaded.median)};  wasm fetched: median ${ms(l.wasmFetched.median)}`);
    console.log("");
    console.log(`(c) downloaded on first load (budget: ${BUDGET.gzipKB} KB gzip)`);
    for (const f of report.bytes) console.log(`    ${f.file.padEnd(44)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
    console.log(`    ${"total".padEnd(44)} ${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(10)} gzip  [${verdict(total.gzip / 1024 <= BUDGET.gzipKB)}]`);
  }
} finally {
  await browser.close();
  await server.close();
}
