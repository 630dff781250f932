// Bad input gets a clear message at its place, and changes nothing else (issue 7): a GBK file, a
// count JavaScript cannot hold, a year typed with 年, text in a number cell, last year's report
// of another body, a 2019-format report, and an export name Windows would refuse.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  cell,
  currentDraft,
  description,
  downloadText,
  editorTest,
  eventually,
  expectValue,
  hasFinding,
  jsonFile,
  keysWith,
  SAMPLES,
  storage,
  typeInto,
  valuesOf,
  waitSaved,
  waitValue,
  exportItem,
} from "./helpers.mjs";

const R = (row, column) => `requests.${row}.${column}`;
const SEED = `${SAMPLES}/八卦洲街道_2021.json`;
const OLD_FORMAT = `${SAMPLES}/平潭综合实验区_2020_旧格式.json`;

/** `text` encoded as GBK, the way a Windows tool saves it (Node can decode GBK but not encode it). */
function gbk(text) {
  const decoder = new TextDecoder("gbk");
  const table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...table.get(char));
  }
  return Buffer.from(bytes);
}

editorTest("a JSON file saved in GBK is refused, naming the encoding, and nothing changes", async ({ page }) => {
  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  const before = await storage(page);
  const text = await readFile(SEED, "utf8");
  const file = { name: "GBK编码的报告.json", mimeType: "application/json", buffer: gbk(text) };
  assert.equal(new TextDecoder("gbk").decode(file.buffer), text, "the file really is the seed in GBK");
  await page.locator("#import-json").setInputFiles(file);
  const banner = page.getByTestId("import-banner");
  await banner.waitFor();
  const said = await banner.textContent();
  assert.match(said, /未导入「GBK编码的报告\.json」/);
  assert.match(said, /不是 UTF-8 编码：第 \d+ 行/);
  assert.match(said, /GBK/);
  assert.match(said, /另存为/);
  await page.waitForTimeout(400);
  assert.deepEqual(await storage(page), before);
  await expectValue(page, "meta.agency", "甲局");
  assert.doesNotMatch(await page.getByTestId("check-status").textContent(), /可以导出/);
});

editorTest("a count beyond 9007199254740991 is refused at its cell and in an imported file", async ({ page }) => {
  const path = R("received", "natural_person");
  await typeInto(page, path, "9007199254740992");
  await page.keyboard.press("Tab");
  await expectValue(page, path, "9007199254740992", "kept as typed");
  assert.equal(await cell(page, path).getAttribute("aria-invalid"), "true");
  assert.match(await description(page, path), /太大：件数最多为 9007199254740991/);
  await expectValue(page, R("received", "total"), "", "not counted");
  assert.equal(await hasFinding(page, "CELL_UNREADABLE", path), true);

  const report = JSON.parse(await readFile(SEED, "utf8"));
  const text = JSON.stringify(report).replace('"natural_person":0', '"natural_person":9007199254740993');
  assert.notEqual(text, JSON.stringify(report));
  await page.locator("#import-json").setInputFiles(jsonFile("太大.json", text));
  const banner = page.getByTestId("import-banner");
  await banner.waitFor();
  assert.match(await banner.textContent(), /requests\.[a-z_]+\.natural_person：.*9007199254740993，超过了件数的上限 9007199254740991/);
});

editorTest("报告年度 takes 「2021年」, and says that only the number is wanted when it cannot read it", async ({ page }) => {
  await typeInto(page, "meta.year", "2021年");
  await page.keyboard.press("Tab");
  // Read as 2021 (the field keeps what was typed; the report holds the number).
  assert.equal(await cell(page, "meta.year").getAttribute("aria-invalid"), null);
  assert.equal(await hasFinding(page, "META_REQUIRED", "meta.year"), false);
  assert.equal(await page.locator("h1").textContent(), "2021年政府信息公开工作年度报告");
  await waitSaved(page);
  assert.equal((await currentDraft(page)).report.meta.year, 2021);

  await typeInto(page, "meta.year", "二〇二一年");
  await page.keyboard.press("Tab");
  await expectValue(page, "meta.year", "二〇二一年");
  assert.match(await description(page, "meta.year"), /不是年份：只需填写四位数字的年份，例如 2025/);
  assert.doesNotMatch(await description(page, "meta.year"), /是空的/);
});

editorTest("text that is not a number is its own finding at its cell, apart from the blank cells", async ({ page }) => {
  const path = R("received", "research");
  await typeInto(page, path, "abc");
  const finding = page.locator(`aside.findings > ol button[data-rule="CELL_UNREADABLE"][data-target="${path}"]`);
  await finding.waitFor();
  assert.match(await finding.textContent(), /无法识别的数字/);
  assert.match(await finding.textContent(), /「abc」不是数字/);
  assert.equal(await page.locator(`details.blank-cells [data-target="${path}"]`).count(), 0);
  assert.equal(await hasFinding(page, "CELL_BLANK", path), false);
  // The blank cells of the table worked in are counted apart.
  const blanks = await page.locator("details.blank-cells summary").textContent();
  assert.match(blanks, /^错误(\d+) 个单元格是空的$/);
  assert.match(await page.getByTestId("check-status").textContent(), /个错误/);
});

editorTest("载入上年报告 of another body or year says what it found and asks; the right one loads at once", async ({ page }) => {
  await typeInto(page, "meta.agency", "平潭综合实验区某某局");
  await typeInto(page, "meta.year", "2025");
  const question = page.getByTestId("question");
  await page.locator("#import-last-year").setInputFiles(`${SAMPLES}/平潭综合实验区公安局_2021.json`);
  await question.waitFor();
  const said = await question.textContent();
  assert.match(said, /所选文件是「平潭综合实验区公安局 · 2021年度」的报告/);
  assert.match(said, /所选报告的机关是「平潭综合实验区公安局」，本报告是「平潭综合实验区某某局」/);
  assert.match(said, /所选报告是 2021 年度的，本报告是 2025 年度，上一年度应为 2024 年度/);
  await question.getByRole("button", { name: "取消" }).click();
  await question.waitFor({ state: "detached" });
  assert.equal(await page.locator(".last-year-note").count(), 0, "cancelled: nothing attached");

  // Esc cancels too, whatever the order of the buttons.
  await page.locator("#import-last-year").setInputFiles(`${SAMPLES}/平潭综合实验区公安局_2021.json`);
  await question.waitFor();
  await page.keyboard.press("Escape");
  await question.waitFor({ state: "detached" });
  assert.equal(await page.locator(".last-year-note").count(), 0, "Esc: nothing attached");

  await page.locator("#import-last-year").setInputFiles(`${SAMPLES}/平潭综合实验区公安局_2021.json`);
  await question.getByRole("button", { name: "仍然载入" }).click();
  await page.locator(".last-year-note").waitFor();

  // The matching report of the year before: no question.
  const last = JSON.parse(await readFile(SEED, "utf8"));
  last.meta.agency = "平潭综合实验区某某局";
  last.meta.year = 2024;
  await page.locator("#import-last-year").setInputFiles(jsonFile("上年.json", last));
  await eventually(() => page.locator(".last-year-note").textContent(), (text) => /某某局 · 2024年度/.test(text));
  assert.equal(await question.count(), 0);
  assert.match(await page.getByTestId("session-notice").textContent(), /已载入上年报告（平潭综合实验区某某局 · 2024年度），跨年度核对已开启/);
});

editorTest("a 2019-format report is shown as it is, read-only, and 转换 makes a 2021 draft saying what was not carried", async ({ page }) => {
  const old = JSON.parse(await readFile(OLD_FORMAT, "utf8"));
  await page.locator("#import-json").setInputFiles(OLD_FORMAT);
  await waitValue(page, "meta.agency", old.meta.agency);
  const table2 = page.locator("table.table2");
  assert.match(await table2.getAttribute("class"), /old-format/);
  const headers = await table2.locator("th").allTextContents();
  assert.ok(headers.includes("本年新制作数量") && headers.includes("处理决定数量"), `${headers}`);
  assert.ok(!headers.includes("本年废止件数") && !headers.includes("现行有效件数"), `${headers}`);
  assert.equal(await cell(page, "proactive.regulations.repealed").count(), 0, "no 2021 column to store old data in");
  assert.equal(await cell(page, "proactive.fees").count(), 0);

  // Nothing can be typed in: every field is read-only and typing changes nothing.
  const path = R("received", "natural_person");
  const before = await valuesOf(page, [path, "overview", "meta.agency"]);
  assert.notEqual(await cell(page, path).getAttribute("readonly"), null);
  await cell(page, path).click();
  await page.keyboard.type("9");
  await cell(page, "overview").click();
  await page.keyboard.type("改");
  assert.deepEqual(await valuesOf(page, [path, "overview", "meta.agency"]), before);
  // Nor is any fix offered that could not be carried out.
  assert.equal(await page.getByRole("button", { name: /按分项重新计算合计|空白处填 0/ }).count(), 0);

  await page.getByRole("button", { name: "转换为 2021 格式的草稿" }).click();
  await eventually(() => table2.getAttribute("class"), (classes) => !/old-format/.test(classes));
  const notice = page.getByTestId("session-notice");
  const said = await notice.textContent();
  assert.match(said, /已转换为 2021 格式的新草稿，原报告保持不变/);
  for (const loss of ["本年废止件数", "现行有效件数", "对外公开总数量", "本年收费金额", "（六）3.其他", "政府集中采购"]) {
    assert.ok(said.includes(loss), `${loss} in ${said}`);
  }
  await expectValue(page, "proactive.regulations.repealed", "");
  await expectValue(page, R("other_misc", "natural_person"), String(old.requests.other_misc.natural_person));
  assert.equal(await cell(page, path).getAttribute("readonly"), null, "the converted draft is edited as usual");
  await waitSaved(page);
  const converted = await eventually(() => currentDraft(page), (d) => d?.report?.template === "gb2021");
  assert.equal(converted.report.proactive.fees, null);
  assert.equal(converted.report.requests.other_no_correction.natural_person, null);
  const kept = Object.values(await storage(page))
    .filter((text) => text.startsWith("{"))
    .map((text) => JSON.parse(text).report?.template);
  assert.deepEqual(kept.sort(), ["gb2019", "gb2021"], "the 2019 report is kept as it was");
  assert.equal((await keysWith(page, "nianbao.draft.")).length, 2);
});

editorTest("an export's file name is cut to a length every system takes, without the characters Windows refuses", async ({ page }) => {
  const agency = `某某市/某某区:某某局*${"很长的机关名称".repeat(70)}?"<>|`;
  await page.locator('[data-path="meta.agency"]').fill(agency);
  await expectValue(page, "meta.agency", agency);
  const file = await downloadText(page, await exportItem(page, "JSON"));
  assert.match(file.name, /\.json$/);
  assert.ok([...file.name].length <= 65, `${[...file.name].length} characters: ${file.name}`);
  assert.ok(Buffer.byteLength(file.name) <= 255);
  assert.doesNotMatch(file.name, /[\\/:*?"<>|]/);
  assert.match(file.name, /^某某市_某某区_某某局_很长的机关名称/);
  assert.equal(JSON.parse(file.text).meta.agency, agency, "the report itself keeps the whole name");
});
