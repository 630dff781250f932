#!/usr/bin/env node
// Benchmark of the 汇总 view in Chromium (issue 11, budget: 1,000 reports opened, checked and
// summed in under 2 s, with a progress indicator): 1,000 JSON reports (the 平潭 2022 samples
// under 1,000 names, their numbers varied) picked at once with 「添加报告文件」. Prints the
// view's own figure (from the start of reading to the sum, in the page), the time until the
// table shows every unit (as the user waits for it), and how many progress states were drawn.
//
//   trunk build --release --offline && node scripts/bench-huizong.mjs [count, default 1000]
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openApp } from "../tests/e2e/browser.mjs";
import { openHuizong } from "../tests/e2e/helpers.mjs";

const SAMPLES = process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../shared/samples", import.meta.url));
const COUNT = Number(process.argv[2] ?? 1000);
const BASES = ["平潭综合实验区_2022", "平潭综合实验区公安局_2022", "平潭综合实验区市场监督管理局_2022", "平潭综合实验区自然资源与生态环境局_2022"];

const folder = await mkdtemp(join(tmpdir(), "nianbao-huizong-bench-"));
const files = [];
const bases = await Promise.all(BASES.map(async (name) => JSON.parse(await readFile(`${SAMPLES}/${name}.json`, "utf8"))));
for (let n = 0; n < COUNT; n += 1) {
  const report = structuredClone(bases[n % bases.length]);
  report.meta.agency = `第${n + 1}单位`;
  // Varied, and still adding up: every count of 表三 times the same factor.
  const factor = 1 + (n % 7);
  for (const row of Object.values(report.requests)) {
    for (const key of Object.keys(row)) if (typeof row[key] === "number") row[key] *= factor;
  }
  const file = join(folder, `${String(n + 1).padStart(4, "0")}.json`);
  await writeFile(file, JSON.stringify(report));
  files.push(file);
}

const app = await openApp({ viewport: { width: 1366, height: 768 } });
try {
  const { page } = app;
  await page.locator('[data-path="meta.agency"]').waitFor();
  const view = await openHuizong(page);
  const input = view.locator("input[type=file][multiple]");
  await input.waitFor({ state: "attached", timeout: 20000 });
  // Counts the progress bar's states as they are drawn.
  await page.evaluate(() => {
    window.progressSeen = new Set();
    new MutationObserver(() => {
      const bar = document.querySelector(".sum-progress progress");
      if (bar) window.progressSeen.add(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await input.setInputFiles(files);
  const picked = Date.now();
  const said = view.getByText(/读取了 \d+ 个文件，已检查并汇总/);
  await said.waitFor({ timeout: 120000 });
  await view.getByText(`${COUNT} 份报告：汇总 2022 年度 ${COUNT} 份`).waitFor({ timeout: 120000 });
  const shown = Date.now() - picked;
  const rows = await view.locator(".sum-list tbody tr").count();
  const progress = await page.evaluate(() => window.progressSeen.size);
  console.log(`reports                          ${COUNT}`);
  console.log(`rows in the table                ${rows}`);
  console.log(`in the page (read, check, sum)   ${(await said.textContent()).match(/用时 ([\d.]+) 秒/)[1]} s`);
  console.log(`files handed over → table shown  ${(shown / 1000).toFixed(2)} s`);
  console.log(`progress states drawn            ${progress}`);
} finally {
  await app.close();
  await rm(folder, { recursive: true, force: true });
}
