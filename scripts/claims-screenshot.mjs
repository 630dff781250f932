#!/usr/bin/env node
// A screenshot of 「文字与表格核对」 (issue 12) as a clerk meets it: the sample 平潭综合实验区 2022
// opened in the editor, a sentence that contradicts table 3 typed at the end of 一, then the
// toolbar's 「文字与表格核对」: every claim the narrative makes, what it was compared with, the
// table's value and the verdict.
//
//   trunk build --release --offline
//   node scripts/claims-screenshot.mjs [output folder, default docs/]
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { openApp } from "../tests/e2e/browser.mjs";
import { openClaims } from "../tests/e2e/helpers.mjs";

const SAMPLES = process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url));
const OUT = process.argv[2] ?? fileURLToPath(new URL("../docs/", import.meta.url));

const app = await openApp({ viewport: { width: 1366, height: 768 } });
try {
  const { page } = app;
  await page.locator('[data-path="meta.agency"]').waitFor();
  const claims = await openClaims(
    page,
    `${SAMPLES}/平潭综合实验区_2022.json`,
    "本年度未发生因政府信息公开引起的行政复议案件，办结政府信息公开申请70件。",
  );
  await page.setViewportSize({ width: 1366, height: 2000 });
  await claims.screenshot({ path: join(OUT, "text-checks-claims.png") });
  console.log(`written to ${OUT}`);
} finally {
  await app.close();
}
