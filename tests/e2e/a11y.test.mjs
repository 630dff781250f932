// Accessible to everyone (GB/T 37668-2019, WCAG 2.1 AA; issue 7): axe-core finds no serious or
// critical violation on the empty editor, on a sample with findings, with the drafts list open
// and with a question asked; a skip link and F8 reach the findings and F8 goes back to the cell.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import {
  cell,
  editorTest,
  focusedPath,
  openDrafts,
  POLICE_2021,
  typeInto,
  waitValue,
} from "./helpers.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's violations of impact serious or critical, each with where it was found. */
async function seriousViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Every violation axe reports, whatever its impact (the toolbar outside a landmark is moderate). */
async function allViolationIds(page) {
  await seriousViolations(page);
  return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => v.id));
}

editorTest("the empty editor has no serious or critical accessibility violation, and nothing outside a landmark", async ({ page }) => {
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual((await allViolationIds(page)).filter((id) => id === "region"), [], "every part is in a landmark");
});

editorTest("a sample with findings, the drafts list open and a question asked have none either", async ({ page }) => {
  await page.locator("#import-json").setInputFiles(POLICE_2021);
  await waitValue(page, "meta.agency", "平潭综合实验区公安局");
  await page.locator("aside.findings button[data-rule]").first().waitFor();
  assert.deepEqual(await seriousViolations(page), [], "a sample with findings");

  // A cell with its message showing.
  await cell(page, "requests.carried_forward.natural_person").click();
  assert.deepEqual(await seriousViolations(page), [], "a finding's message at its cell");

  await openDrafts(page);
  assert.deepEqual(await seriousViolations(page), [], "the drafts list open");

  await page.locator("#import-last-year").setInputFiles(POLICE_2021);
  await page.getByTestId("question").waitFor();
  assert.deepEqual(await seriousViolations(page), [], "a question asked");
});

editorTest("a skip link and F8 reach the findings, and F8 goes back to the cell", async ({ page }) => {
  // The skip link is the first thing Tab reaches, and shows when it does.
  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link").first();
  assert.equal(await skip.evaluate((a) => a === document.activeElement), true);
  assert.match(await skip.textContent(), /跳到检查结果（F8）/);
  assert.ok((await skip.boundingBox()).y >= 0, "visible while focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "findings-title");

  // From a cell, F8 jumps to the findings and back to the very cell.
  await typeInto(page, "requests.granted.research", "3");
  await page.keyboard.press("F8");
  assert.equal(await page.evaluate(() => document.activeElement.id), "findings-title");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => !!document.activeElement.closest("aside.findings")), true);
  await page.keyboard.press("F8");
  assert.equal(await focusedPath(page), "requests.granted.research");

  // The panel's own button goes back too, and the shortcut is written there.
  await page.keyboard.press("F8");
  const back = page.getByRole("button", { name: "回到刚才的单元格（F8）" });
  assert.match(await page.locator("aside.findings .keys").textContent(), /按 F8 可随时跳到这里/);
  await back.click();
  assert.equal(await focusedPath(page), "requests.granted.research");
});

editorTest("the 导出 menu open, and the question before exporting a report with errors, have none either", async ({ page }) => {
  await page.locator("#import-json").setInputFiles(POLICE_2021);
  await waitValue(page, "meta.agency", "平潭综合实验区公安局");
  await page.locator("details.export-menu summary").click();
  assert.deepEqual(await seriousViolations(page), [], "the menu open");
  await page.locator('button[data-export="Docx"]').click();
  await page.getByTestId("question").waitFor();
  assert.deepEqual(await seriousViolations(page), [], "the errors question");
});
