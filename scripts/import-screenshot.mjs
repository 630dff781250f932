#!/usr/bin/env node
// Screenshots of an import as a clerk meets it (issue 10), for docs/ and the README: the import
// report shown after picking a portal's saved page (平潭综合实验区 2022), and the box of
// 「粘贴上年报告」.
//
//   CARGO_TARGET_DIR=/tmp/target-shots trunk build --release --offline --dist /tmp/dist-shots
//   NIANBAO_DIST=/tmp/dist-shots node scripts/import-screenshot.mjs [output folder, default docs/]
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { openApp } from "../tests/e2e/browser.mjs";

const SAMPLES = process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url));
const PAGE = `${SAMPLES}/pages/平潭综合实验区_2022.html`;
const OUT = process.argv[2] ?? fileURLToPath(new URL("../docs/", import.meta.url));

const app = await openApp({ viewport: { width: 1366, height: 768 } });
try {
  const { page } = app;
  await page.locator('[data-path="requests.received.natural_person"]').waitFor();
  await page.locator("#import-last-year").setInputFiles(PAGE);
  await page.getByTestId("question").waitFor({ timeout: 15000 });
  await page.screenshot({ path: join(OUT, "import-report-1366x768.png") });
  await page.getByTestId("question").getByRole("button", { name: "取消" }).click();
  await page.getByRole("button", { name: "粘贴上年报告" }).click();
  await page.getByTestId("paste-target").waitFor();
  await page.screenshot({ path: join(OUT, "import-paste-1366x768.png") });
  console.log(`written to ${OUT}`);
} finally {
  await app.close();
}
