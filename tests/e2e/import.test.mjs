// Importing last year's report from what people have (issue 10): a portal's saved page, a .docx,
// text copied out of Word, a paste, a file dropped on the page. Each import ends in the import
// report and a choice; none replaces a draft; a file that is no report is refused by name and
// changes nothing; the reading happens in the worker, off the first load and off the page's thread.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  SAMPLES,
  currentDraft,
  editorTest,
  eventually,
  expectValue,
  exportItem,
  openDrafts,
  listedDrafts,
  storage,
  typeInto,
  valueOf,
  waitSaved,
} from "./helpers.mjs";

const PAGES = `${SAMPLES}/pages`;
const PAGE_2022 = `${PAGES}/平潭综合实验区_2022.html`;
const SEED_TEXT = `${SAMPLES}/../seeds/000_bafcd2ea084bb138.txt`;
const R = (row, column) => `requests.${row}.${column}`;

/** The import report's question, once it is shown. */
async function importQuestion(page) {
  const question = page.getByTestId("question");
  await question.waitFor({ timeout: 15000 });
  return question;
}

async function choose(page, label) {
  await page.getByTestId("question").getByRole("button", { name: label }).click();
}

/** The numbers of a reference JSON as the editor shows them ("" for blank). */
function shown(value) {
  return value === null ? "" : String(value);
}

editorTest("a saved portal page picked with 导入报告 shows the import report, then opens as a new draft with every number", async ({ page, requests }) => {
  const worker = () => requests.filter((url) => url.includes("nianbao-worker"));
  assert.deepEqual(worker(), [], "the importer is not in the first load");
  await typeInto(page, "meta.agency", "本单位");
  await waitSaved(page);
  const before = await currentDraft(page);

  await page.locator("#import-json").setInputFiles(PAGE_2022);
  const question = await importQuestion(page);
  const said = await question.textContent();
  assert.match(said, /从网页「平潭综合实验区_2022\.html」读出了平潭综合实验区 2022 年度的报告/);
  assert.match(said, /已识别：/);
  assert.ok(worker().some((url) => /_bg\.wasm$/.test(url)), "the worker was loaded for the import");

  await choose(page, "作为新草稿打开（照原样）");
  const reference = JSON.parse(await readFile(PAGE_2022.replace(/\.html$/, ".json"), "utf8"));
  await expectValue(page, "meta.agency", "平潭综合实验区");
  for (const [row, columns] of Object.entries(reference.requests)) {
    for (const [column, value] of Object.entries(columns)) {
      assert.equal(await valueOf(page, R(row, column)), shown(value), R(row, column));
    }
  }
  assert.equal(await valueOf(page, "proactive.fees"), reference.proactive.fees);
  assert.equal(await valueOf(page, "appeals.review.total"), shown(reference.appeals.review.total));

  // The draft that was open is untouched and still listed.
  await openDrafts(page);
  const names = await listedDrafts(page);
  assert.ok(names.some((name) => name.includes("本单位")), names.join(" / "));
  const kept = await page.evaluate((id) => localStorage.getItem(`nianbao.draft.${id}`), before.id);
  assert.equal(JSON.parse(kept).report.meta.agency, "本单位");
});

editorTest("载入上年报告 with last year's .docx fills 上年结转 and turns the cross-year checks on", async ({ page }) => {
  // Last year's .docx, as the project's own writer makes it: 公安局 2021 carried 1 request forward.
  await page.locator("#import-json").setInputFiles(`${SAMPLES}/平潭综合实验区公安局_2021.json`);
  await expectValue(page, "meta.agency", "平潭综合实验区公安局");
  const item = await exportItem(page, "Word 文档");
  const started = page.waitForEvent("download");
  await item.click();
  await page.getByTestId("question").getByRole("button", { name: /^仍然导出/ }).click();
  const docx = await readFile(await (await started).path());

  // This year's report, begun by hand.
  await openDrafts(page);
  await page.getByRole("button", { name: "新建空白报告" }).click();
  await typeInto(page, "meta.agency", "平潭综合实验区公安局");
  await typeInto(page, "meta.year", "2022");
  await page.locator("#import-last-year").setInputFiles({ name: "公安局2021年报.docx", mimeType: "application/octet-stream", buffer: docx });
  const question = await importQuestion(page);
  assert.match(await question.textContent(), /从Word 文档「公安局2021年报\.docx」读出了平潭综合实验区公安局 2021 年度的报告/);
  // Last year's report of the one open: using it for the checks is offered first.
  const first = question.getByRole("button").first();
  assert.equal(await first.textContent(), "上年报告：用于核对正在编辑的报告");
  await first.click();

  const last = JSON.parse(await readFile(`${SAMPLES}/平潭综合实验区公安局_2021.json`, "utf8"));
  for (const [column, value] of Object.entries(last.requests.carried_forward)) {
    await expectValue(page, R("carried_over", column), shown(value), `上年结转 ${column}`);
  }
  assert.match(await page.locator(".last-year-note").textContent(), /已载入上年报告/);
  assert.equal((await currentDraft(page)).report.meta.year, 2022, "this year's report stays this year's");
});

editorTest("粘贴上年报告 takes the HTML a browser copies and starts next year's report from it", async ({ page }) => {
  const html = await readFile(PAGE_2022, "utf8");
  await page.getByRole("button", { name: "粘贴上年报告" }).click();
  const target = page.getByTestId("paste-target");
  await target.waitFor();
  await target.focus();
  const taken = await target.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "ignored when HTML is there");
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    return !element.dispatchEvent(event);
  }, html);
  assert.ok(taken, "the paste is taken, not put in the box");
  const question = await importQuestion(page);
  assert.match(await question.textContent(), /从网页「粘贴的内容」读出了平潭综合实验区 2022 年度的报告/);
  await choose(page, "上年报告：据此新建 2023 年度报告");

  await expectValue(page, "meta.year", "2023");
  await expectValue(page, "meta.agency", "平潭综合实验区");
  const reference = JSON.parse(await readFile(PAGE_2022.replace(/\.html$/, ".json"), "utf8"));
  for (const [column, value] of Object.entries(reference.requests.carried_forward)) {
    await expectValue(page, R("carried_over", column), shown(value), `上年结转 ${column}`);
  }
  assert.equal(await valueOf(page, R("received", "total")), "", "this year's numbers are left to type");
});

editorTest("text copied out of Word, dropped on the page as a file, is read by its labels", async ({ page }) => {
  const text = await readFile(SEED_TEXT, "utf8");
  await page.locator(".app").evaluate((app, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "八卦洲年报.txt", { type: "text/plain" }));
    for (const type of ["dragenter", "dragover", "drop"]) {
      app.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, text);
  const question = await importQuestion(page);
  assert.match(await question.textContent(), /从文字「八卦洲年报\.txt」读出了八卦洲街道办事处 2021 年度的报告/);
  await choose(page, "作为新草稿打开（照原样）");
  const reference = JSON.parse(await readFile(`${SAMPLES}/八卦洲街道_2021.json`, "utf8"));
  await expectValue(page, "meta.agency", "八卦洲街道办事处");
  for (const [row, columns] of Object.entries(reference.requests)) {
    for (const [column, value] of Object.entries(columns)) {
      assert.equal(await valueOf(page, R(row, column)), shown(value), R(row, column));
    }
  }
});

editorTest("a .doc renamed .docx is refused by name, with what to do, and nothing stored changes", async ({ page }) => {
  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  const before = await storage(page);
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
  await page.locator("#import-json").setInputFiles({ name: "上年年报.docx", mimeType: "application/octet-stream", buffer: ole });
  const banner = page.getByTestId("import-banner");
  await banner.waitFor({ timeout: 15000 });
  const said = await banner.textContent();
  assert.match(said, /上年年报\.docx/);
  assert.match(said, /另存为“Word 文档（\.docx）”/);
  assert.deepEqual(await storage(page), before, "a refused import leaves storage as it was");
  await expectValue(page, "meta.agency", "甲局");
});

editorTest("a 50 MB file goes to the worker: the page keeps drawing and taking input, then says it is too big to be a report", async ({ page }) => {
  // 50 MB of lines that look like text but hold no report.
  const line = "这是一行与年报无关的文字，用来把文件撑大。0123456789\n";
  const big = Buffer.from(line.repeat(Math.ceil((50 << 20) / Buffer.byteLength(line))));
  assert.ok(big.length >= 50 << 20);
  await page.evaluate(() => {
    window.frames_drawn = 0;
    const tick = () => {
      window.frames_drawn += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Playwright passes a file this big only by its path.
  const folder = await mkdtemp(join(tmpdir(), "nianbao-import-"));
  const path = join(folder, "大文件.txt");
  await writeFile(path, big);
  await page.locator("#import-json").setInputFiles(path);
  const start = await page.evaluate(() => window.frames_drawn);
  await typeInto(page, "meta.agency", "读文件时输入");
  const banner = page.getByTestId("import-banner");
  await banner.waitFor({ timeout: 60000 });
  assert.match(await banner.textContent(), /大文件\.txt/);
  assert.match(await banner.textContent(), /太大（50 MB）/);
  const drawn = (await page.evaluate(() => window.frames_drawn)) - start;
  assert.ok(drawn >= 1, `the page drew ${drawn} frames while the worker had the file`);
  await expectValue(page, "meta.agency", "读文件时输入");
  await rm(folder, { recursive: true });
});
