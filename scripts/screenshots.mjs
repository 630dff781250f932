#!/usr/bin/env node
// Screenshots of the editor as a clerk sees it, for docs/ and the README: a real sample report
// (平潭综合实验区公安局 2021, which has a real 表三 balance error) with that finding chosen, so the
// cell is focused with its message and the cells of its equation are lit. Viewport shots at the two
// screen sizes government offices use most, one from the top of the page, and one full page.
//
//   CARGO_TARGET_DIR=/tmp/target-shots trunk build --release --offline --dist /tmp/dist-shots
//   NIANBAO_DIST=/tmp/dist-shots node scripts/screenshots.mjs [output folder, default docs/]
import { fileURLToPath } from "node:url";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { DIST, launchChromium } from "../tests/e2e/browser.mjs";
import { serveStatic } from "../tests/e2e/static-server.mjs";

const SAMPLE = `${process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url))}/平潭综合实验区公安局_2021.json`;
const OUT = process.argv[2] ?? fileURLToPath(new URL("../docs/", import.meta.url));

/** Opens the editor at `viewport`, imports the sample and chooses its T3_BALANCE finding. */
async function editorWithFinding(browser, url, viewport) {
  // Pixel ratio 1: the files stay small and show what a common office monitor shows.
  const context = await browser.newContext({ locale: "zh-CN", viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-path="requests.received.natural_person"]').waitFor();
  await page.locator("#import-json").setInputFiles(SAMPLE);
  await page.waitForFunction(() => document.querySelector('[data-path="meta.agency"]')?.value === "平潭综合实验区公安局");
  // Let autosave settle, so the status line shows 「已保存」 rather than 「正在保存…」.
  await page.getByTestId("save-status").filter({ hasText: "已保存" }).waitFor();
  return { context, page };
}

async function chooseBalanceFinding(page) {
  await page.locator('aside.findings button[data-rule="T3_BALANCE"]').first().click();
  // Scrolling into view is smooth in some browsers; wait until the page stops moving.
  await page.waitForFunction(
    () =>
      new Promise((done) => {
        const y = window.scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY === y)));
      }),
  );
}

const server = await serveStatic(DIST);
const browser = await launchChromium();
try {
  await mkdir(OUT, { recursive: true });
  const written = [];
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    const { context, page } = await editorWithFinding(browser, server.url, viewport);
    const top = join(OUT, `editor-${size}-top.png`);
    await page.screenshot({ path: top });
    await chooseBalanceFinding(page);
    const chosen = join(OUT, `editor-${size}.png`);
    await page.screenshot({ path: chosen });
    written.push(top, chosen);
    if (viewport.width === 1366) {
      // The top of 表三 with the chosen equation's first rows (一、二) lit, which the app's own
      // scroll (the erroneous cell in the middle of the view) leaves above the fold.
      await page.evaluate(() => {
        const heading = document.querySelector("#requests h2");
        const bar = document.querySelector(".app-bar").getBoundingClientRect().height;
        window.scrollTo(0, window.scrollY + heading.getBoundingClientRect().top - bar - 8);
      });
      const table = join(OUT, `editor-${size}-table3.png`);
      await page.screenshot({ path: table });
      // From the top: sticky parts (the status bar, the findings panel) would otherwise be drawn
      // where the page was scrolled to, in the middle of the full-page image.
      await page.evaluate(() => window.scrollTo(0, 0));
      const full = join(OUT, "editor-full-page.png");
      await page.screenshot({ path: full, fullPage: true });
      written.push(table, full);
    }
    await context.close();
  }
  for (const file of written) console.log(file);
} finally {
  await browser.close();
  await server.close();
}
