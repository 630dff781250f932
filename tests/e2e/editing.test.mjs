// Typing into the tables the way a clerk does: totals follow, findings appear at the cell and in
// the panel, numbers are read forgivingly but never invented, the keyboard moves like a
// spreadsheet, and every edit can be undone.
import assert from "node:assert/strict";
import {
  cell,
  checkStatus,
  counts,
  currentDraft,
  description,
  editorTest,
  eventually,
  expectValue,
  expectValues,
  findings,
  focusedPath,
  hasFinding,
  jsonFile,
  POLICE_2021,
  ready,
  typeInto,
  waitSaved,
  waitValue,
} from "./helpers.mjs";
import { readFile } from "node:fs/promises";

const R = (row, column) => `requests.${row}.${column}`;

/**
 * A blank report is all CELL_BLANK errors; filling the blanks first lets a test watch one rule,
 * and 「检查全部」 has every other finding shown and counted.
 */
async function zeroedTable(page) {
  await page.getByRole("toolbar").getByRole("button", { name: "空白处填 0" }).click();
  await page.getByTestId("notice").waitFor();
  await expectValue(page, R("carried_forward", "natural_person"), "0");
  await page.getByRole("button", { name: "检查全部" }).click();
  await page.locator("aside.findings .to-do").waitFor({ state: "detached" });
}

editorTest("typing in table 三 updates the totals, the findings at the cell and in the panel, and the status line", async ({ page }) => {
  await zeroedTable(page);
  const before = await counts(page);
  assert.ok(before, `the status line counts errors: ${await checkStatus(page)}`);
  assert.equal(await hasFinding(page, "T3_BALANCE", R("carried_forward", "natural_person")), false);
  assert.equal(await cell(page, R("carried_forward", "natural_person")).getAttribute("aria-invalid"), null);

  await typeInto(page, R("received", "natural_person"), "3");
  await expectValue(page, R("received", "total"), "3", "the row's 总计 follows");
  assert.equal(await hasFinding(page, "T3_BALANCE", R("carried_forward", "natural_person")), true);
  assert.equal(await hasFinding(page, "T3_BALANCE", R("carried_forward", "total")), true);
  const balanceCell = cell(page, R("carried_forward", "natural_person"));
  assert.equal(await balanceCell.getAttribute("aria-invalid"), "true");
  const message = await description(page, R("carried_forward", "natural_person"));
  assert.match(message, /自然人列/);
  assert.match(message, /本年新收 3/);
  assert.deepEqual(await counts(page), { errors: before.errors + 2, warnings: before.warnings });
  // The panel's own counts agree with the status line.
  assert.equal(await page.locator("aside.findings .count.error").textContent(), `${before.errors + 2} 个错误`);

  await typeInto(page, R("granted", "natural_person"), "2");
  await expectValues(
    page,
    { [R("granted", "total")]: "2", [R("closed_total", "natural_person")]: "2", [R("closed_total", "total")]: "2" },
    "（七）总计 and the 总计 column follow",
  );
  assert.match(await description(page, R("carried_forward", "natural_person")), /办理结果总计 2/);
  assert.equal(await hasFinding(page, "T3_BALANCE", R("carried_forward", "natural_person")), true, "3 + 0 ≠ 2 + 0");

  // 3 received = 2 closed + 1 carried forward: balanced.
  await typeInto(page, R("carried_forward", "natural_person"), "1");
  await expectValue(page, R("carried_forward", "total"), "1");
  assert.deepEqual(
    (await findings(page)).filter((f) => f.rule === "T3_BALANCE"),
    [],
    "the finding goes when the table balances",
  );
  assert.equal(await balanceCell.getAttribute("aria-invalid"), null);
  assert.equal(await balanceCell.getAttribute("aria-describedby"), null);
  assert.deepEqual(await counts(page), before);
});

editorTest("the findings panel lists errors before warnings, and choosing one focuses its cell and lights its equation", async ({ page }) => {
  await zeroedTable(page);
  await typeInto(page, R("received", "commercial"), "5");
  const kinds = await page.$$eval("aside.findings li.finding", (items) =>
    items.map((li) => (li.classList.contains("error") ? "error" : "warning")),
  );
  assert.ok(kinds.includes("error") && kinds.includes("warning"), `both kinds listed: ${kinds}`);
  assert.equal(kinds.indexOf("warning"), kinds.lastIndexOf("error") + 1, `errors first: ${kinds}`);

  // Move the focus away first, so that landing on the cell is the panel's doing.
  await cell(page, "meta.agency").click();
  const finding = page.locator(`aside.findings button[data-rule="T3_BALANCE"][data-target="${R("carried_forward", "commercial")}"]`);
  await finding.click();
  assert.equal(await focusedPath(page), R("carried_forward", "commercial"));
  assert.match(await finding.locator("xpath=..").getAttribute("class"), /\bselected\b/);
  for (const row of ["received", "carried_over", "closed_total", "carried_forward"]) {
    const classes = await cell(page, R(row, "commercial")).locator("xpath=..").getAttribute("class");
    assert.match(classes, /\bis-related\b/, `${row} lights up`);
  }
  const unrelated = await cell(page, R("granted", "commercial")).locator("xpath=..").getAttribute("class");
  assert.doesNotMatch(unrelated, /\bis-related\b/);
  assert.ok(await cell(page, R("carried_forward", "commercial")).isVisible(), "scrolled into view");
});

editorTest("number cells take full-width digits and separators; anything else stays visible with a message, never 0", async ({ page }) => {
  await typeInto(page, R("received", "natural_person"), "１２");
  await page.keyboard.press("Tab");
  await expectValue(page, R("received", "natural_person"), "12");
  await expectValue(page, R("received", "total"), "12");

  await typeInto(page, R("received", "commercial"), "1,234");
  await expectValue(page, R("received", "commercial"), "1,234", "what is typed stays while typing");
  await page.keyboard.press("Tab");
  await expectValue(page, R("received", "commercial"), "1234");
  await expectValue(page, R("received", "total"), "1246");

  await typeInto(page, R("received", "research"), "12a");
  await page.keyboard.press("Tab");
  const bad = cell(page, R("received", "research"));
  assert.equal(await bad.inputValue(), "12a", "the text is kept as typed");
  assert.equal(await bad.getAttribute("aria-invalid"), "true");
  assert.match(await description(page, R("received", "research")), /「12a」不是数字/);
  await expectValue(page, R("received", "total"), "1246", "not counted as a number");

  await typeInto(page, "proactive.fees", "１２．５");
  await page.keyboard.press("Tab");
  await expectValue(page, "proactive.fees", "12.5", "本年收费金额 takes decimals");

  await waitSaved(page);
  const stored = await eventually(
    () => currentDraft(page),
    (d) => d?.report?.proactive?.fees != null,
  );
  assert.equal(stored.report.requests.received.research, null, "stored blank, not 0");
  assert.equal(stored.raw_inputs[R("received", "research")], "12a");
  assert.equal(stored.report.requests.received.commercial, 1234);

  // The unreadable text survives a reload too.
  await page.reload();
  await ready(page);
  await expectValue(page, R("received", "research"), "12a");
  assert.match(await description(page, R("received", "research")), /不是数字/);
});

editorTest("arrow keys, Enter and Tab move between cells like a spreadsheet", async ({ page }) => {
  await cell(page, R("received", "natural_person")).click();
  const moves = [
    ["ArrowDown", R("carried_over", "natural_person")],
    ["Enter", R("granted", "natural_person")],
    ["Shift+Enter", R("carried_over", "natural_person")],
    ["ArrowRight", R("carried_over", "commercial")],
    ["ArrowUp", R("received", "commercial")],
    ["ArrowLeft", R("received", "natural_person")],
    // Nothing above the first row: the focus stays.
    ["ArrowUp", R("received", "natural_person")],
  ];
  for (const [key, expected] of moves) {
    await page.keyboard.press(key);
    assert.equal(await focusedPath(page), expected, `after ${key}`);
  }

  // Left and right move the caret inside typed text first, then leave the cell.
  await typeInto(page, R("received", "commercial"), "12");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await focusedPath(page), R("received", "commercial"), "the caret walked to the start");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await focusedPath(page), R("received", "natural_person"));

  // Tab moves on and skips the computed 总计, which is not typed.
  await cell(page, R("received", "other_org")).click();
  await page.keyboard.press("Tab");
  assert.equal(await focusedPath(page), R("carried_over", "natural_person"));
});

editorTest("Ctrl+Z / Ctrl+Y and the toolbar undo and redo; a burst of typing in one cell is one step", async ({ page }) => {
  const undo = page.getByRole("button", { name: "撤销" });
  const redo = page.getByRole("button", { name: "重做" });
  assert.equal(await undo.isDisabled(), true, "nothing to undo on a fresh draft");

  await typeInto(page, R("received", "natural_person"), "123");
  await typeInto(page, R("received", "commercial"), "4");
  await expectValue(page, R("received", "total"), "127");

  await page.keyboard.press("Control+Z");
  await expectValues(
    page,
    { [R("received", "natural_person")]: "123", [R("received", "commercial")]: "", [R("received", "total")]: "123" },
  );
  await page.keyboard.press("Control+Z");
  await expectValue(page, R("received", "natural_person"), "", "three keystrokes, one step");
  await expectValue(page, R("received", "total"), "");
  assert.equal(await undo.isDisabled(), true);

  await page.keyboard.press("Control+Y");
  await expectValue(page, R("received", "natural_person"), "123");
  await page.keyboard.press("Control+Shift+Z");
  await expectValue(page, R("received", "commercial"), "4");
  await expectValue(page, R("received", "total"), "127");
  assert.equal(await redo.isDisabled(), true);

  await undo.click();
  await expectValue(page, R("received", "commercial"), "");
  await redo.click();
  await expectValue(page, R("received", "commercial"), "4");

  // 空白处填 0 is one step too.
  await page.getByRole("toolbar").getByRole("button", { name: "空白处填 0" }).click();
  await expectValue(page, R("carried_forward", "other_org"), "0");
  await page.keyboard.press("Control+Z");
  await expectValue(page, R("carried_forward", "other_org"), "");
  await expectValue(page, R("received", "commercial"), "4");

  // A new edit after an undo forgets the redo branch.
  await typeInto(page, R("granted", "research"), "9");
  assert.equal(await redo.isDisabled(), true);
});

editorTest("an imported report keeps its stated totals until 按分项重新计算合计, which can be undone", async ({ page }) => {
  const report = JSON.parse(await readFile(POLICE_2021, "utf8"));
  report.requests.received.total = 5; // printed wrong in the source: 1 + 0 + … = 1
  await page.locator("#import-json").setInputFiles(jsonFile("stated.json", report));
  await waitValue(page, "meta.agency", "平潭综合实验区公安局");
  await expectValue(page, R("received", "total"), "5");
  assert.equal(await hasFinding(page, "T3_ROW_TOTAL", R("received", "total")), true);

  // Editing a part does not recompute a stated total either.
  await typeInto(page, R("received", "commercial"), "2");
  await expectValue(page, R("received", "total"), "5");

  await page.getByRole("toolbar").getByRole("button", { name: "按分项重新计算合计" }).click();
  await expectValue(page, R("received", "total"), "3");
  assert.equal(await hasFinding(page, "T3_ROW_TOTAL", R("received", "total")), false);
  await page.keyboard.press("Control+Z");
  await expectValue(page, R("received", "total"), "5");
});
