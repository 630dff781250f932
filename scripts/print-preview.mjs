#!/usr/bin/env node
// The editor as the browser prints it (styles/print.css), saved as PDF: a sample report imported,
// then printed the way 「导出 → 打印…」 does. Used by scripts/export-previews.sh.
//
//   node scripts/print-preview.mjs SAMPLE.json OUT.pdf      (serves dist/, or NIANBAO_DIST)
import { writeFile } from "node:fs/promises";
import { DIST, launchChromium } from "../tests/e2e/browser.mjs";
import { serveStatic } from "../tests/e2e/static-server.mjs";

const [sample, out] = process.argv.slice(2);
const server = await serveStatic(DIST);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ locale: "zh-CN" });
  await page.goto(server.url);
  await page.locator('[data-path="meta.agency"]').waitFor();
  await page.locator("#import-json").setInputFiles(sample);
  await page.getByTestId("save-status").filter({ hasText: "已保存" }).waitFor();
  await writeFile(out, await page.pdf({ preferCSSPageSize: true }));
} finally {
  await browser.close();
  await server.close();
}
