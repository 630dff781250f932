// 导出: the menu, the question before a report with errors goes out, the Word, .docx and JSON
// files as a clerk downloads them, the web-page version on the clipboard, printing, and the
// worker that writes them — loaded only when the menu is opened, and missed gracefully.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  SAMPLES,
  POLICE_2021,
  editorTest,
  eventually,
  exportItem,
  expectValue,
  typeInto,
} from "./helpers.mjs";

const CLEAN = `${SAMPLES}/八卦洲街道_2021.json`;
const POLICE_DOC = "平潭综合实验区公安局2021年政府信息公开工作年度报告.doc";

/** Opens a sample as a new draft, through 导入报告 as a clerk does (the worker reads it). */
async function open(page, file) {
  await page.locator("#import-json").setInputFiles(file);
  const report = JSON.parse(await readFile(file, "utf8"));
  await expectValue(page, "meta.agency", report.meta.agency);
  return report;
}

/** Clicks an item of 导出 and takes the download it starts (answering the question first if `agree`). */
async function download(page, label, { agree = false } = {}) {
  const item = await exportItem(page, label);
  const started = page.waitForEvent("download");
  await item.click();
  if (agree) await page.getByTestId("question").getByRole("button", { name: /^仍然导出/ }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

editorTest("the export writers are not loaded until 导出 is opened", async ({ page, requests }) => {
  const worker = () => requests.filter((url) => url.includes("nianbao-worker"));
  assert.deepEqual(worker(), [], "nothing of the worker on first load");
  await exportItem(page, "JSON");
  // Opening the menu starts the worker, which loads its module while a format is chosen.
  const loaded = await eventually(async () => worker(), (urls) => urls.some((url) => /nianbao-worker-[0-9a-f]+_bg\.wasm$/.test(url)));
  assert.ok(loaded.some((url) => /nianbao-worker-loader-[0-9a-f]+\.js$/.test(url)), loaded.join(" "));
});

editorTest("a report with errors asks once, listing them, then exports Word and .docx", async ({ page }) => {
  await open(page, POLICE_2021);
  // Word/WPS: the question names the error, and 返回修改 exports nothing.
  await (await exportItem(page, "Word/WPS")).click();
  const question = page.getByTestId("question");
  await question.waitFor();
  assert.match(await question.textContent(), /仍要导出/);
  assert.match(await question.locator("li").first().textContent(), /本年新收|结转|勾稽|等于|≠/);
  await question.getByRole("button", { name: "返回修改" }).click();
  await question.waitFor({ state: "detached" });

  const doc = await download(page, "Word/WPS", { agree: true });
  assert.equal(doc.name, POLICE_DOC);
  const html = doc.bytes.toString("utf8");
  assert.ok(html.startsWith("\uFEFF<html"), "a byte-order mark, then the Word-ready HTML");
  for (const text of ["一、总体情况", "三、收到和处理政府信息公开申请情况", "第二十条第（一）项", "（本列数据的勾稽关系为"]) {
    assert.ok(html.includes(text), text);
  }
  // Asked once: the .docx of the same report goes without a second question.
  const docx = await download(page, "Word 文档");
  assert.equal(docx.name, POLICE_DOC.replace(/\.doc$/, ".docx"));
  assert.equal(docx.bytes.subarray(0, 4).toString("latin1"), "PK\u0003\u0004");
  assert.match(await page.getByTestId("session-notice").textContent(), /已导出「.*\.docx」/);

  // An edit makes it a new report: the question comes again.
  await typeInto(page, "overview", "本年度工作情况。");
  await (await exportItem(page, "Word 文档")).click();
  await question.waitFor();
  await question.getByRole("button", { name: "返回修改" }).click();
});

editorTest("a report without errors exports at once, blank cells blank", async ({ page }) => {
  const report = await open(page, CLEAN);
  const doc = await download(page, "Word/WPS");
  const html = doc.bytes.toString("utf8");
  assert.ok(html.includes(report.meta.agency));
  assert.ok(!html.includes("&lt;"), "nothing of the report escaped twice");
  const json = await download(page, "JSON");
  assert.equal(json.name, `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告.json`);
  assert.equal(JSON.parse(json.bytes.toString("utf8")).meta.agency, report.meta.agency);
});

editorTest(
  "复制网页发布版 puts clean HTML on the clipboard",
  {
    async beforeLoad(context) {
      // Reads what the page puts on the clipboard, in the copy event itself.
      await context.addInitScript(() => {
        window.addEventListener("copy", (event) => {
          window.__copied = { html: event.clipboardData.getData("text/html"), text: event.clipboardData.getData("text/plain") };
        });
      });
    },
  },
  async ({ page }) => {
    await open(page, CLEAN);
    await typeInto(page, "overview", "<script>alert(1)</script> & 本年度");
    await (await exportItem(page, "复制网页发布版")).click();
    await page.getByTestId("session-notice").filter({ hasText: "已复制网页发布版" }).waitFor();
    const copied = await page.evaluate(() => window.__copied);
    assert.ok(copied.html.includes("<h2>三、收到和处理政府信息公开申请情况</h2>"));
    assert.ok(copied.html.includes("<th scope=\"col\""));
    assert.ok(!/mso-|<script|class=/.test(copied.html), "no Word styles, scripts or classes");
    assert.ok(copied.html.includes("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 本年度"));
    assert.equal(copied.text, copied.html, "source mode pastes the HTML");
  },
);

editorTest(
  "打印 prints the report alone, typeset on A4",
  {
    async beforeLoad(context) {
      await context.addInitScript(() => {
        window.__printed = 0;
        window.print = () => {
          window.__printed += 1;
        };
      });
    },
  },
  async ({ page }) => {
    const report = await open(page, CLEAN);
    await typeInto(page, "overview", "（一）主动公开\n本年度主动公开信息。");
    await (await exportItem(page, "打印")).click();
    await page.waitForFunction(() => window.__printed === 1);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".toolbar", "aside.findings", ".controls", ".meta", "details.export-menu"]) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    const printed = page.locator("section#overview .print-text");
    assert.equal(await printed.isVisible(), true);
    assert.equal(await printed.locator("p.sub-heading").textContent(), "（一）主动公开");
    assert.equal(await page.locator("section#overview textarea").isVisible(), false);
    const indent = await printed.locator("p").nth(1).evaluate((p) => getComputedStyle(p).textIndent);
    assert.ok(Math.abs(parseFloat(indent) - (32 * 4) / 3) < 0.01, `two characters of 三号: ${indent}`);
    assert.equal(await page.locator(".signature .print-text p").first().textContent(), report.meta.signature ?? report.meta.agency);
    // What the checks marked on screen prints as plain numbers: no outline, no background.
    const marked = page.locator("td.has-error input, td .cell.has-error input, .cell.is-blank input").first();
    if (await marked.count()) {
      const look = await marked.evaluate((input) => {
        const style = getComputedStyle(input);
        return `${style.outlineStyle} ${style.backgroundColor} ${style.boxShadow}`;
      });
      assert.equal(look, "none rgba(0, 0, 0, 0) none");
    }
    // 落款 on one line, at the right.
    const signature = page.locator(".signature .print-text p").first();
    const box = await signature.boundingBox();
    assert.ok(box.height < 45, `the 落款 takes ${box.height}px: one line of 28.95 pt is 38.6px`);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 (595 × 842 pt) on every page the PDF declares.
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    assert.ok(boxes.length > 1, `${boxes.length} pages`);
    for (const [, width, height] of boxes) {
      assert.ok(Math.abs(width - 595) < 1 && Math.abs(height - 842) < 1, `${width} × ${height}`);
    }
  },
);

for (const [missing, pattern] of [
  ["the worker's files", "**/nianbao-worker*"],
  ["only the worker's module", "**/nianbao-worker-*_bg.wasm"],
]) {
  editorTest(`when ${missing} cannot load, the clerk is told and JSON still works`, async ({ page }) => {
    await page.route(pattern, (route) => route.fulfill({ status: 404, body: "" }));
    // Files are read by the worker too (issue 10): an import says it could not, and changes nothing.
    await page.locator("#import-json").setInputFiles(CLEAN);
    const refused = page.getByTestId("import-banner");
    await refused.filter({ hasText: "读取组件未能加载" }).waitFor();
    await typeInto(page, "meta.agency", "八卦洲街道办事处");
    await (await exportItem(page, "Word 文档")).click();
    // A report typed in only now still has errors: going on past them is asked first.
    await page.getByTestId("question").getByRole("button", { name: /^仍然导出/ }).click();
    const notice = page.getByTestId("session-notice");
    await notice.filter({ hasText: "导出组件未能加载" }).waitFor();
    const json = await download(page, "JSON");
    assert.match(json.name, /\.json$/);
  });
}

editorTest("an export asked for while the worker is still loading is written once it has loaded", async ({ page }) => {
  // A slow intranet: the worker's module takes a while to arrive after 导出 is opened.
  await page.route("**/nianbao-worker-*_bg.wasm", async (route) => {
    await new Promise((done) => setTimeout(done, 800));
    await route.continue();
  });
  await open(page, CLEAN);
  const docx = await download(page, "Word 文档");
  assert.equal(docx.bytes.subarray(0, 2).toString("latin1"), "PK");
  // And the next one too, from the loaded worker.
  const doc = await download(page, "Word/WPS");
  assert.ok(doc.bytes.toString("utf8").startsWith("\uFEFF<html"));
});

editorTest("the 导出 menu closes with Esc, giving the focus back, and when the focus leaves it", async ({ page }) => {
  const menu = page.locator("details.export-menu");
  const isOpen = () => menu.evaluate((details) => details.open);
  await menu.locator("summary").click();
  assert.equal(await isOpen(), true);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  assert.equal(await isOpen(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "SUMMARY");
  await page.keyboard.press("Enter");
  assert.equal(await isOpen(), true, "the keyboard opens it again");
  await page.locator('[data-path="meta.agency"]').click();
  assert.equal(await isOpen(), false, "a click elsewhere closes it");
});

editorTest("choosing from 导出 by keyboard leaves the focus on 导出, the question answered or not", async ({ page }) => {
  await page.evaluate(() => {
    window.print = () => {};
  });
  const focused = () => page.evaluate(() => document.activeElement?.tagName);
  const choosePrint = async () => {
    await page.locator("details.export-menu summary").focus();
    await page.keyboard.press("Enter");
    await page.locator('button[data-export="Print"]').focus();
    await page.keyboard.press("Enter");
  };
  // A new report has errors: the question comes, Esc answers 返回修改, the focus is back on 导出.
  await choosePrint();
  await page.getByTestId("question").waitFor();
  await page.keyboard.press("Escape");
  await page.getByTestId("question").waitFor({ state: "detached" });
  assert.equal(await page.locator("details.export-menu").evaluate((d) => d.open), false);
  assert.equal(await focused(), "SUMMARY");
  // Agreed to once, the next print goes at once, and the focus stays on 导出.
  await choosePrint();
  await page.getByTestId("question").getByRole("button", { name: /^仍然导出/ }).click();
  await choosePrint();
  assert.equal(await page.locator('[data-testid="question"]').count(), 0);
  assert.equal(await focused(), "SUMMARY");
});

editorTest(
  "复制网页发布版 asked while the worker is still loading copies on the next click",
  {
    async beforeLoad(context) {
      await context.addInitScript(() => {
        window.__copies = [];
        window.addEventListener("copy", (event) => window.__copies.push(event.clipboardData.getData("text/html")));
      });
    },
  },
  async ({ page }) => {
    // Slower than the five seconds a browser lets a page write the clipboard after a click.
    await page.route("**/nianbao-worker-*_bg.wasm", async (route) => {
      await new Promise((done) => setTimeout(done, 6000));
      await route.continue();
    });
    // Typed, not imported: an import would load the worker before the copy is asked for.
    await typeInto(page, "meta.agency", "八卦洲街道办事处");
    await (await exportItem(page, "复制网页发布版")).click();
    await page.getByTestId("question").getByRole("button", { name: /^仍然导出/ }).click();
    const notice = page.getByTestId("session-notice");
    await notice.filter({ hasText: /请再点一次|已复制网页发布版/ }).waitFor({ timeout: 12000 });
    if (/请再点一次/.test(await notice.textContent())) {
      await (await exportItem(page, "复制网页发布版")).click();
      await notice.filter({ hasText: "已复制网页发布版" }).waitFor();
    }
    const copies = await page.evaluate(() => window.__copies.filter((html) => html.length > 0));
    assert.equal(copies.length, 1);
    assert.ok(copies[0].includes("<h2>一、总体情况</h2>"));
  },
);
