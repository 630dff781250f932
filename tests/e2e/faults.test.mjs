// When storage lets the clerk down: stored data that cannot be read, a full quota, no storage at
// all, and the same draft open in two tabs. The work on the page must never be lost, and nothing
// stored may be deleted or silently overwritten.
import assert from "node:assert/strict";
import {
  blockStorage,
  currentDraft,
  downloadText,
  editorTest,
  eventually,
  expectValue,
  fillStorage,
  freeStorage,
  keysWith,
  ready,
  storage,
  typeInto,
  waitSaved,
  waitValue,
  exportItem,
} from "./helpers.mjs";

const GARBAGE = '{"kind":"nianbao-draft","version":1,"id":"broken","report":{"requests":';

editorTest(
  "corrupt stored data is moved aside (not deleted), offered as a download, and the app starts clean",
  {
    async beforeLoad(context) {
      // Seeded before the app's first start, as a damaged browser profile would hold it.
      await context.addInitScript((garbage) => {
        if (location.protocol !== "http:" || sessionStorage.getItem("seeded")) return;
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("nianbao.draft.broken", garbage);
        localStorage.setItem("nianbao.current", "broken");
      }, GARBAGE);
    },
  },
  async ({ page }) => {
    const banner = page.getByTestId("quarantine-banner");
    await banner.waitFor();
    assert.match(await banner.textContent(), /1 份草稿数据无法读取，已移到一旁，没有删除/);
    assert.match(await banner.textContent(), /存储的数据已损坏/);
    assert.doesNotMatch(await banner.textContent(), /EOF|expected|parsing/, "no parser text in English");

    // Clean start: a blank draft for the year just ended.
    const year = await page.evaluate(() => new Date().getFullYear() - 1);
    await expectValue(page, "meta.year", String(year));
    await expectValue(page, "meta.agency", "");
    await expectValue(page, "requests.received.natural_person", "");

    const kept = await storage(page);
    assert.equal(kept["nianbao.draft.broken"], undefined, "no longer where the app reads drafts");
    const aside = Object.keys(kept).filter((key) => key.startsWith("nianbao.quarantine."));
    assert.equal(aside.length, 1, `moved aside once: ${aside}`);
    assert.match(aside[0], /^nianbao\.quarantine\.broken\./);
    assert.equal(kept[aside[0]], GARBAGE, "kept byte for byte");

    const file = await downloadText(page, banner.getByRole("button", { name: "下载这份数据" }));
    assert.equal(file.text, GARBAGE);
    assert.match(file.name, /\.json$/);

    await banner.getByRole("button", { name: "知道了" }).click();
    assert.equal(await banner.count(), 0);
    await page.reload();
    await ready(page);
    assert.equal((await storage(page))[aside[0]], GARBAGE, "still there after a reload");
  },
);

editorTest("a damaged draft is set aside with the reason; a newer version's draft is left in place; the good draft opens", async ({ page }) => {
  await typeInto(page, "meta.agency", "好的草稿局");
  await waitSaved(page);
  const good = await eventually(() => currentDraft(page), (d) => d?.report?.meta?.agency === "好的草稿局");
  const newerText = await page.evaluate((good) => {
    const bad = structuredClone(good);
    bad.id = "negative";
    bad.report.requests.received.total = -1;
    localStorage.setItem("nianbao.draft.negative", JSON.stringify(bad));
    const newer = JSON.stringify({ ...structuredClone(good), id: "newer", version: 9 });
    localStorage.setItem("nianbao.draft.newer", newer);
    return newer;
  }, good);
  await page.reload();
  const banner = page.getByTestId("quarantine-banner");
  await banner.waitFor();
  assert.match(await banner.textContent(), /1 份草稿数据无法读取/);
  assert.match(await banner.textContent(), /requests\.received\.total/);
  await waitValue(page, "meta.agency", "好的草稿局");
  const aside = await keysWith(page, "nianbao.quarantine.");
  assert.equal(aside.length, 1);
  // Not damaged, only written by a newer nianbao: untouched, for that version to open.
  assert.deepEqual(
    (await keysWith(page, "nianbao.draft.")).sort(),
    [`nianbao.draft.${good.id}`, "nianbao.draft.newer"].sort(),
  );
  assert.equal((await storage(page))["nianbao.draft.newer"], newerText);
});

editorTest("a full storage quota shows a banner; the edit stays on the page, JSON export works, and saving resumes when space is freed", async ({ page }) => {
  await typeInto(page, "overview", "本年度");
  await waitSaved(page);
  await eventually(() => currentDraft(page), (d) => d?.report?.overview === "本年度");
  const filled = await fillStorage(page);
  assert.ok(filled > 1, `filled with ${filled} keys`);
  const before = await currentDraft(page);
  assert.equal(before.report.overview, "本年度", "a draft was stored before the quota ran out");

  await typeInto(page, "meta.agency", "平潭综合实验区某某局");
  await typeInto(page, "requests.received.natural_person", "12345");
  const banner = page.getByTestId("storage-banner");
  await banner.waitFor();
  assert.match(await banner.textContent(), /本地存储空间已满/);
  assert.match(await banner.textContent(), /导出 JSON/);
  assert.equal(await page.getByTestId("save-status").textContent(), "未保存到浏览器");
  await expectValue(page, "meta.agency", "平潭综合实验区某某局", "the edit is still on the page");
  await expectValue(page, "requests.received.total", "12345");
  assert.deepEqual(await currentDraft(page), before, "the stored draft is the last one that fitted");

  // Both ways to export save the work as a file, with no question although the report has errors.
  for (const button of [
    () => exportItem(page, "JSON"),
    () => banner.getByRole("button", { name: "导出 JSON 文件" }),
  ]) {
    const file = await downloadText(page, await button());
    const report = JSON.parse(file.text);
    assert.equal(report.format, "nianbao-report");
    assert.equal(report.meta.agency, "平潭综合实验区某某局");
    assert.equal(report.requests.received.natural_person, 12345);
    assert.match(file.name, /^平潭综合实验区某某局.*\.json$/);
  }

  // Space freed (the clerk cleared other data): the next edit saves and the banner goes.
  await freeStorage(page);
  await typeInto(page, "requests.received.commercial", "1");
  await waitSaved(page);
  assert.equal(await banner.count(), 0);
  const saved = await currentDraft(page);
  assert.equal(saved.report.meta.agency, "平潭综合实验区某某局");
  assert.equal(saved.report.requests.received.natural_person, 12345);
});

editorTest(
  "with no local storage at all the editor still works in memory, says so, and exports",
  {
    // What a portal that forbids storage (or a sandboxed frame) does: reading localStorage throws.
    beforeLoad: blockStorage,
  },
  async ({ page }) => {
    const banner = page.getByTestId("storage-banner");
    await banner.waitFor();
    assert.match(await banner.textContent(), /本地存储不可用/);
    await typeInto(page, "requests.received.natural_person", "3");
    await expectValue(page, "requests.received.total", "3");
    // The save is tried (and fails) on autosave's schedule.
    await page.getByTestId("save-status").filter({ hasText: "未保存到浏览器" }).waitFor();
    const file = await downloadText(page, banner.getByRole("button", { name: "导出 JSON 文件" }));
    assert.equal(JSON.parse(file.text).requests.received.natural_person, 3);
  },
);

/** A second tab of the same browser on the same app; it opens the draft used last. */
async function secondTab(context, url) {
  const other = await context.newPage();
  await other.goto(url);
  await ready(other);
  return other;
}

editorTest("opening the same draft in a second tab raises no alarm; an edit in one tab is then told to the other", async ({ page, context, server }) => {
  // A draft is stored (and reopened by the next tab) once it has been edited.
  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  const other = await secondTab(context, server.url);
  await waitValue(other, "meta.agency", "甲局");
  // Long enough for either tab's autosave (300 ms) and the storage events it causes.
  await page.waitForTimeout(700);
  assert.equal(await page.getByTestId("conflict-banner").count(), 0, "merely opening a second tab changes nothing");
  assert.equal(await other.getByTestId("conflict-banner").count(), 0);

  await typeInto(page, "meta.agency", "甲局改");
  await waitSaved(page);
  await other.getByTestId("conflict-banner").waitFor();
  assert.equal(await page.getByTestId("conflict-banner").count(), 0, "the tab that wrote is not warned about itself");
  assert.equal(await other.getByTestId("save-status").textContent(), "自动保存已暂停");
});

editorTest("the tab told of another tab's edit pauses its autosave, overwrites nothing, and can keep its work as a new draft", async ({ page, context, server }) => {
  const first = page;
  await typeInto(first, "requests.received.natural_person", "1");
  await waitSaved(first);
  const second = await secondTab(context, server.url);
  await waitValue(second, "requests.received.natural_person", "1");
  const id = (await currentDraft(second)).id;

  await typeInto(second, "meta.agency", "第二个标签页");
  await waitSaved(second);
  await first.getByTestId("conflict-banner").waitFor();
  assert.equal((await currentDraft(second)).report.meta.agency, "第二个标签页");

  // The warned tab keeps editing, in memory only.
  await typeInto(first, "meta.agency", "第一个标签页");
  await first.waitForTimeout(700);
  await expectValue(first, "meta.agency", "第一个标签页");
  assert.equal(await first.getByTestId("save-status").textContent(), "自动保存已暂停");
  const stored = JSON.parse((await storage(first))[`nianbao.draft.${id}`]);
  assert.equal(stored.report.meta.agency, "第二个标签页", "the other tab's save is not overwritten");

  // 「载入另一标签页的版本」 takes the other tab's work and ends the pause.
  const banner = first.getByTestId("conflict-banner");
  await banner.getByRole("button", { name: /^载入另一标签页的版本/ }).click();
  await waitValue(first, "meta.agency", "第二个标签页");
  assert.equal(await banner.count(), 0);

  // Told again, 「把本页内容另存为新草稿」 puts this tab's work in a draft of its own.
  await typeInto(second, "meta.agency", "第二个标签页改");
  await waitSaved(second);
  await banner.waitFor();
  await typeInto(first, "requests.received.natural_person", "8");
  await banner.getByRole("button", { name: "把本页内容另存为新草稿" }).click();
  await waitSaved(first);
  assert.equal(await banner.count(), 0);
  const all = await eventually(
    () => storage(first),
    (all) => Object.keys(all).filter((k) => k.startsWith("nianbao.draft.")).length === 2,
  );
  const drafts = Object.entries(all)
    .filter(([key]) => key.startsWith("nianbao.draft."))
    .map(([key, text]) => {
      const draft = JSON.parse(text);
      return { same: key === `nianbao.draft.${id}`, agency: draft.report.meta.agency, received: draft.report.requests.received.natural_person };
    })
    .sort((a, b) => Number(b.same) - Number(a.same));
  assert.deepEqual(drafts, [
    { same: true, agency: "第二个标签页改", received: 1 },
    { same: false, agency: "第二个标签页", received: 8 },
  ]);
});
