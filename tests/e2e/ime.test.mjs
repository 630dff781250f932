// Chinese input methods. A clerk types pinyin, the IME shows it underlined in the field, and only
// the chosen characters are committed. Chromium's DevTools protocol drives a real composition
// (Input.imeSetComposition, then Input.insertText to commit), the same events an IME produces:
// compositionstart/update, input events with isComposing, compositionend.
import assert from "node:assert/strict";
import {
  cell,
  currentDraft,
  editorTest,
  eventually,
  expectValue,
  typeInto,
  waitSaved,
} from "./helpers.mjs";

/** Composes `pinyin` letter by letter in the focused field, as the IME shows it while typing. */
async function compose(cdp, pinyin) {
  for (let i = 1; i <= pinyin.length; i += 1) {
    const text = pinyin.slice(0, i);
    await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
  }
}

/** Starts counting DOM mutations of the whole page: a re-render mid-composition would show. */
function watchMutations(page) {
  return page.evaluate(() => {
    window.__mutations = [];
    window.__observer = new MutationObserver((records) =>
      window.__mutations.push(...records.map((r) => `${r.type} ${r.target.nodeName}${r.attributeName ? ` ${r.attributeName}` : ""}`)),
    );
    window.__observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

function mutations(page) {
  return page.evaluate(() => window.__mutations);
}

editorTest("pinyin composed in 一、总体情况 stays intact, nothing is committed mid-composition, and the chosen text is stored", async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  const overview = cell(page, "overview");
  await overview.click();
  await page.keyboard.type("2021年，");
  await waitSaved(page);
  await eventually(() => currentDraft(page), (d) => d?.report?.overview === "2021年，");
  const undoBefore = await page.getByRole("button", { name: "撤销" }).isDisabled();

  await watchMutations(page);
  await compose(cdp, "zhengfu");
  assert.equal(await overview.inputValue(), "2021年，zhengfu", "the composition is shown whole");
  // Longer than autosave's delay: had the pinyin been committed, it would be stored by now.
  await page.waitForTimeout(500);
  assert.equal(await overview.inputValue(), "2021年，zhengfu");
  assert.equal((await currentDraft(page)).report.overview, "2021年，", "no pinyin reached the draft");
  assert.deepEqual(await mutations(page), [], "nothing on the page re-rendered while composing");
  assert.equal(await page.getByRole("button", { name: "撤销" }).isDisabled(), undoBefore);

  await cdp.send("Input.insertText", { text: "政府" });
  assert.equal(await overview.inputValue(), "2021年，政府");
  await compose(cdp, "xinxi");
  assert.equal(await overview.inputValue(), "2021年，政府xinxi");
  await cdp.send("Input.insertText", { text: "信息" });
  assert.equal(await overview.inputValue(), "2021年，政府信息");

  const stored = await eventually(() => currentDraft(page), (d) => d?.report?.overview === "2021年，政府信息");
  assert.equal(stored.report.overview, "2021年，政府信息", "the committed text is stored");
  assert.equal(await page.getByTestId("save-status").textContent().then((t) => /^已保存/.test(t)), true);
  assert.ok(!/[a-z]/.test(stored.report.overview), "no pinyin letter was ever committed");
});

editorTest("composing the 机关名称 changes the title only when the characters are chosen", async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  const title = page.locator(".report-title h1");
  const before = await title.textContent();
  await cell(page, "meta.agency").click();
  await compose(cdp, "pingtan");
  await expectValue(page, "meta.agency", "pingtan");
  assert.equal(await title.textContent(), before, "the default title is not rebuilt from pinyin");
  await cdp.send("Input.insertText", { text: "平潭" });
  await compose(cdp, "gonganju");
  await expectValue(page, "meta.agency", "平潭gonganju");
  await cdp.send("Input.insertText", { text: "公安局" });
  await expectValue(page, "meta.agency", "平潭公安局");
  assert.match(await title.textContent(), /^平潭公安局\d{4}年政府信息公开工作年度报告$/);
  const stored = await eventually(() => currentDraft(page), (d) => d?.report?.meta?.agency === "平潭公安局");
  assert.equal(stored.report.meta.agency, "平潭公安局");
});

editorTest("full-width digits composed by an IME in a table cell count only once committed", async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await typeInto(page, "requests.received.commercial", "5");
  await cell(page, "requests.received.natural_person").click();
  await compose(cdp, "１２");
  await expectValue(page, "requests.received.natural_person", "１２");
  await expectValue(page, "requests.received.total", "5", "the total waits for the commit");
  await cdp.send("Input.insertText", { text: "１２" });
  await expectValue(page, "requests.received.total", "17");
  await page.keyboard.press("Tab");
  await expectValue(page, "requests.received.natural_person", "12");
});
