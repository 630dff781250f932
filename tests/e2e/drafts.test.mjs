// Drafts in local storage: saved within a second and found again after a reload; the list of
// drafts (duplicate, rename, delete and restore, next year's report from last year's); importing
// a report, and refusing a broken one without touching what is stored.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  currentDraft,
  editorTest,
  eventually,
  expectValue,
  expectValues,
  hasFinding,
  jsonFile,
  keysWith,
  lastYear,
  listedDrafts,
  openDrafts,
  POLICE_2021,
  ready,
  storage,
  typeInto,
  valuesOf,
  waitSaved,
  waitValue,
} from "./helpers.mjs";

const R = (row, column) => `requests.${row}.${column}`;

/** The row of the drafts list whose name is exactly `name`. */
function draftRow(page, name) {
  return page
    .locator("details.drafts ul.draft-list.stored li")
    .filter({ has: page.locator(".name", { hasText: new RegExp(`^${name.replace(/[()（）·]/g, "\\$&")}$`) }) });
}

editorTest("a first visit opens a draft for the year just ended; an edit is saved within a second and survives a reload", async ({ page }) => {
  const year = await lastYear(page);
  await expectValue(page, "meta.year", String(year));
  // Nothing to save until the clerk changes something: opening is not an edit.
  assert.equal(await page.getByTestId("save-status").textContent(), "自动保存已开启");
  assert.deepEqual(await keysWith(page, "nianbao.draft."), []);

  // Time the save inside the page: from the input event to 「已保存 HH:MM:SS」 with the value stored.
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="save-status"]');
    window.__saved = new Promise((resolve) => {
      let typedAt;
      document.addEventListener("input", () => (typedAt ??= performance.now()), { capture: true });
      new MutationObserver(() => {
        const id = localStorage.getItem("nianbao.current");
        const stored = JSON.parse(localStorage.getItem(`nianbao.draft.${id}`));
        if (typedAt !== undefined && /^已保存/.test(status.textContent) && stored.report.requests.received.natural_person === 7) {
          resolve({ ms: performance.now() - typedAt, text: status.textContent, now: Date.now() });
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
  await typeInto(page, R("received", "natural_person"), "7");
  const saved = await page.evaluate(() => window.__saved);
  assert.ok(saved.ms < 1000, `saved ${saved.ms.toFixed(0)} ms after the edit`);
  const [, h, m, s] = /^已保存 (\d\d):(\d\d):(\d\d)$/.exec(saved.text).map(Number);
  const shown = new Date(saved.now);
  shown.setHours(h, m, s, 0);
  assert.ok(Math.abs(saved.now - shown.getTime()) < 2000, `${saved.text} is the time of the save`);

  // Stored with the versions that let a later release migrate it.
  const stored = await currentDraft(page);
  assert.equal(stored.kind, "nianbao-draft");
  assert.equal(stored.version, 1);
  assert.equal(stored.report.format, "nianbao-report");
  assert.equal(stored.report.version, 1);

  await page.reload();
  await ready(page);
  await expectValues(page, {
    [R("received", "natural_person")]: "7",
    [R("received", "total")]: "7",
    "meta.year": String(year),
  });
  assert.equal((await keysWith(page, "nianbao.draft.")).length, 1, "the reload reopened it, not a new draft");
});

editorTest("the drafts list duplicates, renames, deletes and restores drafts", async ({ page }) => {
  const year = await lastYear(page);
  const original = `甲市乙局 · ${year}年度`;
  await typeInto(page, "meta.agency", "甲市乙局");
  await typeInto(page, R("received", "natural_person"), "4");
  await waitSaved(page);
  await openDrafts(page);
  await eventually(() => listedDrafts(page), (names) => names.includes(original));
  assert.deepEqual(await listedDrafts(page), [original]);
  assert.match(await page.locator("details.drafts summary").textContent(), /^草稿（1） · 草稿保存在本浏览器中/);

  // 复制 opens the copy, content and all.
  await draftRow(page, original).getByRole("button", { name: "复制" }).click();
  const copy = `${original}（副本）`;
  const names = await eventually(() => listedDrafts(page), (names) => names.length === 2);
  assert.deepEqual([...names].sort(), [original, copy].sort());
  assert.match(await draftRow(page, copy).getAttribute("class"), /\bopen\b/);
  await expectValue(page, R("received", "natural_person"), "4");
  assert.equal((await keysWith(page, "nianbao.draft.")).length, 2);
  const copyId = (await currentDraft(page)).id;

  // 改名 asks for the name in a prompt; the open draft and another one.
  page.once("dialog", async (dialog) => {
    assert.equal(dialog.type(), "prompt");
    assert.equal(dialog.defaultValue(), copy);
    await dialog.accept("核对用副本");
  });
  await draftRow(page, copy).getByRole("button", { name: "改名" }).click();
  await eventually(() => listedDrafts(page), (names) => names.includes("核对用副本"));
  page.once("dialog", (dialog) => dialog.accept("正式稿"));
  await draftRow(page, original).getByRole("button", { name: "改名" }).click();
  const renamed = await eventually(() => listedDrafts(page), (names) => names.includes("正式稿"));
  assert.deepEqual([...renamed].sort(), ["核对用副本", "正式稿"].sort());
  // Cancelling the prompt keeps the name.
  page.once("dialog", (dialog) => dialog.dismiss());
  await draftRow(page, "正式稿").getByRole("button", { name: "改名" }).click();
  await page.waitForTimeout(400);
  assert.deepEqual([...(await listedDrafts(page))].sort(), ["核对用副本", "正式稿"].sort());
  const labels = Object.values(await storage(page))
    .filter((text) => text.startsWith("{"))
    .map((text) => JSON.parse(text).label)
    .filter(Boolean)
    .sort();
  assert.deepEqual(labels, ["核对用副本", "正式稿"], "both names are stored");

  // 删除 moves the draft to the trash, from where 恢复 brings it back.
  await draftRow(page, "核对用副本").getByRole("button", { name: "删除" }).click();
  await eventually(() => listedDrafts(page), (names) => names.length === 1);
  assert.deepEqual(await listedDrafts(page), ["正式稿"]);
  const trash = page.locator("details.drafts ul.trash li");
  assert.deepEqual(await trash.locator(".name").allTextContents(), ["核对用副本"]);
  assert.deepEqual(await keysWith(page, "nianbao.trash."), [`nianbao.trash.${copyId}`]);
  assert.equal((await storage(page))[`nianbao.draft.${copyId}`], undefined);
  assert.match(await draftRow(page, "正式稿").getAttribute("class"), /\bopen\b/, "the remaining draft is opened");

  await trash.getByRole("button", { name: "恢复" }).click();
  const back = await eventually(() => listedDrafts(page), (names) => names.length === 2);
  assert.deepEqual([...back].sort(), ["核对用副本", "正式稿"].sort());
  assert.equal(await trash.count(), 0);
  assert.deepEqual(await keysWith(page, "nianbao.trash."), []);
  const restored = JSON.parse((await storage(page))[`nianbao.draft.${copyId}`]);
  assert.equal(restored.report.requests.received.natural_person, 4, "restored with its content");
});

editorTest("renaming a draft that is not open does not change which draft a reload opens", async ({ page }) => {
  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  await openDrafts(page);
  const first = (await currentDraft(page)).id;
  await page.getByRole("button", { name: "新建空白报告" }).click();
  await typeInto(page, "meta.agency", "乙局");
  await waitSaved(page);
  const second = await eventually(() => currentDraft(page), (d) => d?.id !== first && d?.report?.meta?.agency === "乙局");
  await eventually(() => listedDrafts(page), (names) => names.length === 2);

  page.once("dialog", (dialog) => dialog.accept("甲局的稿子"));
  await draftRow(page, `甲局 · ${await lastYear(page)}年度`).getByRole("button", { name: "改名" }).click();
  await eventually(() => listedDrafts(page), (names) => names.includes("甲局的稿子"));
  assert.equal((await storage(page))["nianbao.current"], second.id, "the open draft is still the one to reopen");

  await page.reload();
  await ready(page);
  await expectValue(page, "meta.agency", "乙局", "the reload reopens the draft that was open");
});

editorTest("据此新建下一年度报告 carries last year's 结转下年度 into 上年结转 and runs the cross-year checks", async ({ page }) => {
  await page.locator("#import-json").setInputFiles(POLICE_2021);
  await waitValue(page, "meta.agency", "平潭综合实验区公安局");
  await waitSaved(page);
  await openDrafts(page);
  const lastYearName = "平潭综合实验区公安局 · 2021年度";
  await eventually(() => listedDrafts(page), (names) => names.includes(lastYearName));
  const nextYear = draftRow(page, lastYearName).getByRole("button", { name: /^据此新建下一年度报告/ });
  // Its accessible name says what it makes, and from what.
  assert.equal(
    await nextYear.getAttribute("aria-label"),
    "据此新建下一年度报告：以「平潭综合实验区公安局 · 2021年度」为上年报告，新建 2022 年度的报告",
  );
  await nextYear.click();

  await waitValue(page, "meta.year", "2022");
  await expectValues(page, {
    "meta.agency": "平潭综合实验区公安局",
    "meta.signature": "平潭综合实验区公安局",
    [R("carried_over", "natural_person")]: "1",
    [R("carried_over", "commercial")]: "0",
    [R("carried_over", "total")]: "1",
  });
  await expectValue(page, R("received", "natural_person"), "", "this year's own figures start blank");
  assert.match(await page.locator(".last-year-note").textContent(), /已载入上年报告（平潭综合实验区公安局 · 2021年度）/);
  assert.equal(await hasFinding(page, "CROSS_CARRY", R("carried_over", "natural_person")), false);

  // Last year is kept with the draft, so CROSS_CARRY runs as the clerk types.
  await typeInto(page, R("carried_over", "natural_person"), "2");
  assert.equal(await hasFinding(page, "CROSS_CARRY", R("carried_over", "natural_person")), true);
  await waitSaved(page);
  const stored = await eventually(() => currentDraft(page), (d) => d?.report?.meta?.year === 2022);
  assert.equal(stored.last_year.meta.year, 2021);
  await eventually(() => listedDrafts(page), (names) => names.includes("平潭综合实验区公安局 · 2022年度"));
});

editorTest("importing a sample report opens it as a new draft with its values and findings", async ({ page }) => {
  const before = await keysWith(page, "nianbao.draft.");
  const sample = JSON.parse(await readFile(POLICE_2021, "utf8"));
  await page.locator("#import-json").setInputFiles(POLICE_2021);
  await waitValue(page, "meta.agency", sample.meta.agency);
  await expectValues(
    page,
    {
      "meta.year": "2021",
      "proactive.punishment": "141",
      "proactive.normative_documents.in_force": "2",
      [R("received", "natural_person")]: "1",
      [R("carried_forward", "natural_person")]: "1",
      "requests.other_misc.natural_person": "1",
    },
  );
  await expectValue(page, "overview", sample.overview);
  assert.equal(await page.locator("h1").textContent(), sample.meta.title);
  assert.equal(await hasFinding(page, "T3_BALANCE", R("carried_forward", "natural_person")), true, "the sample's real error shows");
  await waitSaved(page);
  const after = await eventually(() => keysWith(page, "nianbao.draft."), (keys) => keys.length === 2);
  assert.ok(before.every((key) => after.includes(key)), "the draft open before is kept");
});

editorTest("a broken JSON is refused with a banner naming the place, and no stored draft changes", async ({ page }) => {
  await typeInto(page, "meta.agency", "甲市乙局");
  await waitSaved(page);
  await eventually(() => currentDraft(page), (d) => d?.report?.meta?.agency === "甲市乙局");
  const stored = await storage(page);
  const shown = await valuesOf(page, ["meta.agency", "meta.year", R("received", "natural_person")]);

  const broken = JSON.parse(await readFile(POLICE_2021, "utf8"));
  broken.requests.received.natural_person = -1;
  await page.locator("#import-json").setInputFiles(jsonFile("坏的报告.json", broken));
  const banner = page.getByTestId("import-banner");
  await banner.waitFor();
  assert.match(await banner.textContent(), /未导入「坏的报告\.json」/);
  assert.match(await banner.textContent(), /requests\.received\.natural_person/);

  // Not JSON at all.
  await page.getByTestId("import-banner").getByRole("button", { name: "知道了" }).click();
  await page.locator("#import-json").setInputFiles(jsonFile("半截.json", '{"format": "nianbao-report", "version": 1, "meta": {'));
  await banner.waitFor();
  assert.match(await banner.textContent(), /未导入「半截\.json」/);

  // Long enough for an autosave (300 ms) to have happened, had anything changed.
  await page.waitForTimeout(700);
  assert.deepEqual(await storage(page), stored);
  await expectValues(page, shown);
});
