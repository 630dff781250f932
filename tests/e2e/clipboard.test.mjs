// Pasting a block copied from Excel or WPS (tab between cells, CRLF between rows, a trailing
// newline) into table 三 from the focused cell, and refusing a block that does not fit.
import assert from "node:assert/strict";
import { allValues, cell, editorTest, expectValues, focusedPath, paste } from "./helpers.mjs";

const R = (row, column) => `requests.${row}.${column}`;
const BLOCK = "1\t2\r\n3\t4\r\n5\t6\r\n";

const SIX = {
  [R("received", "natural_person")]: "1",
  [R("received", "commercial")]: "2",
  [R("carried_over", "natural_person")]: "3",
  [R("carried_over", "commercial")]: "4",
  [R("granted", "natural_person")]: "5",
  [R("granted", "commercial")]: "6",
};
const TOTALS = {
  [R("received", "total")]: "3",
  [R("carried_over", "total")]: "7",
  [R("granted", "total")]: "11",
  [R("closed_total", "natural_person")]: "5",
  [R("closed_total", "commercial")]: "6",
  [R("closed_total", "total")]: "11",
};

editorTest("a 3 × 2 block pasted from a spreadsheet fills six cells from the focused one, and the totals follow", async ({ page }) => {
  await cell(page, R("received", "natural_person")).click();
  assert.equal(await paste(page, BLOCK), true, "the app takes the paste over from the browser");
  await expectValues(page, SIX);
  await expectValues(page, TOTALS);
  assert.match(await page.getByTestId("notice").textContent(), /已粘贴 3 行 2 列，共 6 个单元格/);
  assert.equal(await focusedPath(page), R("received", "natural_person"), "the focus stays where the paste began");

  // The whole paste is one undo step.
  await page.keyboard.press("Control+Z");
  const blank = Object.fromEntries(Object.keys(SIX).map((path) => [path, ""]));
  await expectValues(page, blank);
});

editorTest("Ctrl+V with a block on the system clipboard pastes it the same way", async ({ page, context, server }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await page.evaluate((text) => navigator.clipboard.writeText(text), BLOCK);
  await cell(page, R("received", "natural_person")).click();
  await page.keyboard.press("Control+V");
  await page.getByTestId("notice").waitFor();
  await expectValues(page, SIX);
  await expectValues(page, TOTALS);
});

editorTest("a block that does not fit from the focused cell shows a notice and changes nothing", async ({ page }) => {
  const before = await allValues(page);
  // Three columns from 其他 would run past 总计, the table's last column.
  await cell(page, R("received", "other_org")).click();
  await paste(page, "1\t2\t3\n4\t5\t6\n");
  const notice = page.getByTestId("notice");
  assert.match(await notice.textContent(), /2 行 3 列.*放不下.*未粘贴任何内容/);
  assert.match(await notice.getAttribute("class"), /\berror\b/);
  assert.deepEqual(await allValues(page), before);
  assert.equal(await page.getByRole("button", { name: "撤销" }).isDisabled(), true, "not even an empty undo step");

  // Three rows from the last row (结转下年度) run off the bottom.
  await cell(page, R("carried_forward", "natural_person")).click();
  await paste(page, BLOCK);
  assert.match(await notice.textContent(), /3 行 2 列/);
  assert.deepEqual(await allValues(page), before);
});

editorTest("a block landing on a 总计 column fills the parts and leaves the computed total alone", async ({ page }) => {
  await cell(page, R("received", "other_org")).click();
  await paste(page, "7\t99\n");
  await expectValues(
    page,
    { [R("received", "other_org")]: "7", [R("received", "total")]: "7" },
  );
  assert.match(await page.getByTestId("notice").textContent(), /合计不直接填写/);
});
