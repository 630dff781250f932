#!/usr/bin/env node
// How long an export takes in the browser, from the click on the menu item to the file handed to
// the browser (the blob URL made for the download) or the clipboard written: cold (the export
// worker started by that click) and warm (the worker loaded, as after opening 导出), for a full
// sample report. Budget (issue 8): any export under 50 ms. Prints medians and p95 in ms.
//
//   trunk build --release --offline && node scripts/bench-export.mjs [runs, default 20]
import { fileURLToPath } from "node:url";
import { DIST, launchChromium } from "../tests/e2e/browser.mjs";
import { serveStatic } from "../tests/e2e/static-server.mjs";

const SAMPLE = `${process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url))}/平潭综合实验区_2022.json`;
const RUNS = Number(process.argv[2] ?? 20);
const ITEMS = { Doc: "Word/WPS", Docx: "Word 文档", Json: "JSON", WebPage: "复制网页发布版" };

/** Notes when a download's blob URL is made and when the clipboard is written. */
function watch() {
  window.__done = [];
  const make = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    window.__done.push(performance.now());
    return make.call(URL, blob);
  };
  document.addEventListener("copy", () => window.__done.push(performance.now()));
  // Downloads are not saved during the benchmark.
  HTMLAnchorElement.prototype.click = function () {};
}

async function openReport(browser, url) {
  const context = await browser.newContext({ locale: "zh-CN" });
  await context.addInitScript(watch);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-path="meta.agency"]').waitFor();
  await page.locator("#import-json").setInputFiles(SAMPLE);
  await page.getByTestId("save-status").filter({ hasText: "已保存" }).waitFor();
  return { context, page };
}

/** Clicks the item and waits for its result; the time between, in ms. */
async function timeExport(page, kind) {
  const menu = page.locator("details.export-menu");
  if (!(await menu.evaluate((d) => d.open))) await menu.locator("summary").click();
  const item = page.locator(`button[data-export="${kind}"]`);
  const before = await page.evaluate(() => window.__done.length);
  const start = await item.evaluate((button) => {
    const at = performance.now();
    button.click();
    return at;
  });
  // The sample has errors: the question is answered (its time is the user's, not counted).
  const question = page.getByTestId("question");
  const asked = await Promise.race([
    question.waitFor({ timeout: 3000 }).then(() => true),
    page.waitForFunction((n) => window.__done.length > n, before, { timeout: 3000 }).then(() => false),
  ]);
  if (asked) {
    const go = question.getByRole("button", { name: /^仍然导出/ });
    const from = await go.evaluate((button) => {
      const at = performance.now();
      button.click();
      return at;
    });
    await page.waitForFunction((n) => window.__done.length > n, before);
    return (await page.evaluate(() => window.__done.at(-1))) - from;
  }
  return (await page.evaluate(() => window.__done.at(-1))) - start;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `${at(0.5).toFixed(1)} / ${at(0.95).toFixed(1)}`;
};

const server = await serveStatic(DIST);
const browser = await launchChromium();
try {
  console.log(`export of 平潭综合实验区 2022, median / p95 ms over ${RUNS} runs`);
  for (const [kind, label] of Object.entries(ITEMS)) {
    const cold = [];
    const warm = [];
    for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 4)); run++) {
      const { context, page } = await openReport(browser, server.url);
      cold.push(await timeExport(page, kind));
      await context.close();
    }
    const { context, page } = await openReport(browser, server.url);
    await timeExport(page, kind);
    for (let run = 0; run < RUNS; run++) warm.push(await timeExport(page, kind));
    await context.close();
    console.log(`${label.padEnd(12)} cold ${stats(cold)}   warm ${stats(warm)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
