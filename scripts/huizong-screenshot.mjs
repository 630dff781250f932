#!/usr/bin/env node
// Screenshots of the 汇总 view as an office meets it (issue 11), for docs/ and the README: the
// units of 平潭 2022 added with the reports of another year and format, an expected-units list
// with a unit missing; the consolidated tables; the pictures; one unit's findings.
//
//   trunk build --release --offline
//   node scripts/huizong-screenshot.mjs [output folder, default docs/]
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { openApp } from "../tests/e2e/browser.mjs";
import { openHuizong } from "../tests/e2e/helpers.mjs";

const SAMPLES = process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url));
const OUT = process.argv[2] ?? fileURLToPath(new URL("../docs/", import.meta.url));
const FILES = [
  `${SAMPLES}/pages/平潭综合实验区_2022.html`,
  `${SAMPLES}/平潭综合实验区公安局_2022.json`,
  `${SAMPLES}/平潭综合实验区市场监督管理局_2022.json`,
  `${SAMPLES}/平潭综合实验区自然资源与生态环境局_2022.json`,
  `${SAMPLES}/平潭综合实验区公安局_2021.json`,
  `${SAMPLES}/平潭综合实验区_2020_旧格式.json`,
];

const app = await openApp({ viewport: { width: 1366, height: 768 } });
try {
  const { page } = app;
  await page.locator('[data-path="meta.agency"]').waitFor();
  const view = await openHuizong(page);
  await view.locator("input[type=file][multiple]").setInputFiles(FILES);
  await view.getByText(/读取了 \d+ 个文件，已检查并汇总/).waitFor({ timeout: 20000 });
  await view
    .getByLabel("名单（一行一个单位，自动保存在本浏览器）")
    .fill("平潭综合实验区\n平潭综合实验区公安局\n平潭综合实验区市场监督管理局\n平潭综合实验区自然资源与生态环境局\n平潭综合实验区财政金融局\n");
  await view.getByLabel("本级政府名称").fill("平潭综合实验区管理委员会");
  await view.evaluate((layer) => layer.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, "huizong-1366x768.png") });
  // The parts whole: a page tall enough for each, so that nothing of the editor shows under it.
  await page.setViewportSize({ width: 1366, height: 4000 });
  await view.locator(".sum-tables").screenshot({ path: join(OUT, "huizong-tables.png") });
  await view.locator(".sum-total .charts").screenshot({ path: join(OUT, "huizong-charts.png") });
  await view.getByRole("button", { name: /^错误/ }).first().click();
  await view.locator(".sum-detail").screenshot({ path: join(OUT, "huizong-unit.png") });
  console.log(`written to ${OUT}`);
} finally {
  await app.close();
}
