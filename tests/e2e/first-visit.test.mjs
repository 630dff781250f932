// A first visit that guides instead of scolding (issue 7): progress first, blanks marked only in a
// table worked in or after 「检查全部」, where the work is kept; a cell selected when reached so a
// value replaces it; the fix for a stated total at its finding; the two last-year actions told
// apart; and tables that scroll sideways on a phone instead of cutting digits.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  cell,
  checkStatus,
  counts,
  downloadText,
  editorTest,
  eventually,
  expectValue,
  expectValues,
  findings,
  focusedPath,
  hasFinding,
  jsonFile,
  openDrafts,
  paste,
  POLICE_2021,
  typeInto,
  waitValue,
  exportItem,
} from "./helpers.mjs";

const R = (row, column) => `requests.${row}.${column}`;

/** How many fields say they are invalid, in the tables or anywhere. */
function invalidCount(page, scope = "") {
  return page.locator(`${scope} [aria-invalid="true"]`).count();
}

editorTest("a new draft leads with what to do and how far it is, not with two hundred errors", async ({ page }) => {
  assert.equal(await checkStatus(page), "暂未发现错误");
  assert.equal(await page.getByTestId("progress").textContent(), "已填 0/200 个单元格，已完成 0/6 个部分");
  assert.equal(await invalidCount(page), 0, "no red box before anything is typed");
  const guide = page.locator("section.guide");
  assert.match(await guide.textContent(), /草稿自动保存在本浏览器中/);
  assert.match(await guide.textContent(), /JSON 交换文件/);
  assert.match(await page.locator("details.drafts summary").textContent(), /草稿保存在本浏览器中/);
  assert.match(await page.locator("aside.findings .to-do").textContent(), /还有 207 处待填写/);

  // Worked in, table 三 shows its blanks; table 四, untouched, does not.
  await typeInto(page, R("received", "natural_person"), "0");
  await expectValue(page, R("received", "total"), "0");
  assert.equal(await page.getByTestId("progress").textContent(), "已填 2/200 个单元格，已完成 0/6 个部分");
  assert.equal(await guide.count(), 0, "the guide steps aside once work starts");
  assert.ok((await invalidCount(page, "table.table3")) > 100);
  assert.equal(await invalidCount(page, "table.table4"), 0);
  assert.equal(await invalidCount(page, "table.table2"), 0);
  assert.equal(await hasFinding(page, "CELL_BLANK", "appeals.review.upheld"), false);
  assert.ok((await counts(page)).errors > 100, await checkStatus(page));

  // 检查全部 shows everything.
  await page.getByRole("button", { name: "检查全部" }).click();
  await eventually(() => hasFinding(page, "META_REQUIRED", "meta.agency"), (found) => found);
  assert.ok((await invalidCount(page, "table.table4")) > 0);
  assert.equal(await page.locator("aside.findings .to-do").count(), 0);
});

editorTest("exporting lists every finding, the blanks of untouched tables too", async ({ page }) => {
  await typeInto(page, "meta.agency", "甲局");
  assert.equal(await hasFinding(page, "SECTION_EMPTY", "overview"), false);
  const file = await downloadText(page, await exportItem(page, "JSON"));
  assert.equal(JSON.parse(file.text).meta.agency, "甲局");
  await eventually(() => hasFinding(page, "SECTION_EMPTY", "overview"), (found) => found);
  assert.match(await page.locator("details.blank-cells summary").textContent(), /200 个单元格是空的/);
  assert.deepEqual(await counts(page), { errors: 203, warnings: 3 });
});

editorTest("a cell reached by click, Tab or arrow has its content selected: one value typed or pasted replaces it", async ({ page }) => {
  const [a, b, c] = [R("received", "natural_person"), R("received", "commercial"), R("received", "research")];
  await typeInto(page, a, "02");
  await typeInto(page, b, "15");
  await typeInto(page, c, "7");

  // Click: the whole content is selected; pasting 「4」 gives 4, not 042 (or 42).
  await cell(page, a).click();
  assert.deepEqual(await cell(page, a).evaluate((i) => [i.selectionStart, i.selectionEnd, i.value.length]), [0, 1, 1]);
  await paste(page, "4");
  await expectValue(page, a, "4");

  // Tab to the next cell and type: it replaces.
  await page.keyboard.press("Tab");
  assert.equal(await focusedPath(page), b);
  await page.keyboard.type("3");
  await expectValue(page, b, "3");

  // An arrow key: the same.
  await page.keyboard.press("ArrowRight");
  assert.equal(await focusedPath(page), c);
  await page.keyboard.type("9");
  await expectValues(page, { [c]: "9", [R("received", "total")]: "16" });

  // A second click in the focused cell places the caret, to correct one digit.
  await cell(page, c).click();
  assert.deepEqual(await cell(page, c).evaluate((i) => [i.selectionStart, i.selectionEnd].every((n) => n === i.selectionStart)), true);
});

editorTest("a paste notice goes away with the next edit", async ({ page }) => {
  await cell(page, R("received", "natural_person")).click();
  await paste(page, "1\t2\n3\t4\n");
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  assert.match(await notice.textContent(), /已粘贴 2 行 2 列/);
  await typeInto(page, R("granted", "natural_person"), "5");
  await notice.waitFor({ state: "detached" });
});

editorTest("in an imported report a stated total that does not add up offers 按分项重新计算合计 at its finding and its cell", async ({ page }) => {
  const report = JSON.parse(await readFile(POLICE_2021, "utf8"));
  report.requests.received.total = 5; // printed wrong in the source: 1 + 0 + … = 1
  await page.locator("#import-json").setInputFiles(jsonFile("stated.json", report));
  await waitValue(page, "meta.agency", "平潭综合实验区公安局");
  const total = R("received", "total");
  const item = page.locator(`aside.findings li.finding:has(button[data-rule="T3_ROW_TOTAL"][data-target="${total}"])`);
  await item.getByRole("button", { name: "按分项重新计算合计" }).waitFor();
  // At the cell too, in its message.
  await cell(page, total).click();
  const atCell = cell(page, total).locator("xpath=..").getByRole("button", { name: "按分项重新计算合计" });
  assert.equal(await atCell.isVisible(), true);
  await atCell.click();
  await expectValue(page, total, "1");
  assert.equal(await hasFinding(page, "T3_ROW_TOTAL", total), false);
  // Totals that add up offer nothing.
  assert.equal(await page.locator("aside.findings li.finding button.fix").count(), 0);
});

editorTest("载入上年报告 and 据此新建下一年度报告 are named and explained apart", async ({ page }) => {
  const picker = page.locator('label[for="import-last-year"]');
  assert.equal((await picker.textContent()).trim(), "载入上年报告（核对用）");
  assert.match(await picker.getAttribute("title"), /上年报告（JSON、Word 文档、网页或文字），用于跨年度核对/);
  await page.locator("#import-json").setInputFiles(POLICE_2021);
  await waitValue(page, "meta.agency", "平潭综合实验区公安局");
  const drafts = await openDrafts(page);
  const explain = await drafts.locator(".explain").textContent();
  assert.match(explain, /「据此新建下一年度报告」：以这份报告为上年报告，新建下一年度的报告/);
  assert.match(explain, /「载入上年报告（核对用）」则是为正在编辑的报告附上上年报告（JSON、Word 文档、网页或文字），用于核对；本报告只在上年结转一行为空时由它填上/);
  await eventually(() => drafts.getByRole("button", { name: /^据此新建下一年度报告：/ }).count(), (n) => n === 1);
});

editorTest(
  "on a phone-width screen the tables scroll sideways and no digit is cut",
  { viewport: { width: 375, height: 740 } },
  async ({ page }) => {
    // Realistic values everywhere: four digits in table 三's parts (six in its grand total), four
    // in table 四.
    await page.evaluate(() => {
      for (const input of document.querySelectorAll("table input:not([readonly])")) {
        const table = input.closest("table").classList;
        input.value = table.contains("table4") ? "1234" : input.dataset.path === "proactive.fees" ? "9116.36" : "2345";
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      }
    });
    await expectValue(page, "appeals.review.total", "4936");
    const measured = await page.evaluate(() => ({
      cut: [...document.querySelectorAll("table input")]
        .filter((input) => input.scrollWidth > input.clientWidth)
        .map((input) => `${input.dataset.path}=${input.value}`),
      boxes: [...document.querySelectorAll(".table-scroll")].map((box) => box.scrollWidth > box.clientWidth),
      page: document.scrollingElement.scrollWidth - innerWidth,
    }));
    assert.deepEqual(measured.cut, [], "every value shows whole");
    assert.deepEqual(measured.boxes, [true, true, true], "each table scrolls in its own box");
    assert.equal(measured.page, 0, "the page itself does not scroll sideways");
    // 「0」 shows as 0, not clipped to 「C」: its input is wider than the digit.
    await typeInto(page, "appeals.litigation_after_review.pending", "0");
    const zero = await cell(page, "appeals.litigation_after_review.pending").evaluate((i) => i.clientWidth);
    assert.ok(zero >= 30, `${zero}px`);

    // A cell's message is not clipped by the scrolling box: it shows at the foot of the window.
    await typeInto(page, "appeals.review.upheld", "abc");
    const message = page.locator("#msg-appeals-review-upheld");
    assert.equal(await message.isVisible(), true);
    const box = await message.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 740 && box.x >= 0 && box.x + box.width <= 375, JSON.stringify(box));
    assert.match(await message.textContent(), /「abc」不是数字/);
    await page.screenshot({ path: "/tmp/phone-message.png" });
  },
);
