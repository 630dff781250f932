// Work is never lost (issue 7): a draft storage refuses stays reachable in this page until it
// closes; leaving the page writes what autosave has not yet, and asks only while work is still
// not stored; a reload reopens the draft opened last; a draft deleted in one tab is not brought
// back behind the user's back, and restoring never overwrites a newer copy; a newer version's
// draft is listed, not hidden.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  blockStorage,
  cell,
  currentDraft,
  downloadText,
  editorTest,
  eventually,
  expectValue,
  expectValues,
  quotaSwitch,
  keysWith,
  lastYear,
  namesIn,
  openDrafts,
  POLICE_2021,
  ready,
  rowIn,
  setStorageFull,
  storage,
  typeInto,
  waitSaved,
  waitValue,
  exportItem,
} from "./helpers.mjs";

const R = (row, column) => `requests.${row}.${column}`;

/** Notes every dialog the page opens (beforeunload among them), answering with `answer`. */
function watchDialogs(page, answer = "dismiss") {
  const seen = [];
  page.on("dialog", async (dialog) => {
    seen.push(dialog.type());
    await (answer === "accept" ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

/** Two stored drafts, 甲局 and then 乙局 (open), the drafts list open; returns their year. */
async function twoStoredDrafts(page) {
  const year = await lastYear(page);
  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  await openDrafts(page);
  await page.getByRole("button", { name: "新建空白报告" }).click();
  await typeInto(page, "meta.agency", "乙局");
  await waitSaved(page);
  await eventually(() => namesIn(page, "stored"), (names) => names.length === 2);
  return year;
}

/** A second tab of the same browser, on the same app. */
async function secondTab(context, url) {
  const other = await context.newPage();
  await other.goto(url);
  await ready(other);
  return other;
}

editorTest(
  "with storage blocked, 新建空白报告 and 导入 JSON keep the unsaved draft in this page, listed, and it opens again",
  { beforeLoad: blockStorage },
  async ({ page }) => {
    const year = await lastYear(page);
    await typeInto(page, "meta.agency", "甲局");
    await typeInto(page, R("received", "natural_person"), "5");
    await page.getByTestId("storage-banner").waitFor();
    await openDrafts(page);

    await page.getByRole("button", { name: "新建空白报告" }).click();
    await expectValue(page, "meta.agency", "");
    const notice = page.getByTestId("session-notice");
    assert.match(await notice.textContent(), new RegExp(`「甲局 · ${year}年度」的修改未能保存到浏览器，暂存在本页`));
    assert.deepEqual(await namesIn(page, "held"), [`甲局 · ${year}年度`]);

    // An import replaces the open draft too: the one typed in is kept the same way.
    await typeInto(page, "meta.agency", "乙局");
    await page.locator("#import-json").setInputFiles(POLICE_2021);
    await waitValue(page, "meta.agency", "平潭综合实验区公安局");
    assert.deepEqual(await namesIn(page, "held"), [`乙局 · ${year}年度`, `甲局 · ${year}年度`]);

    // 打开 brings the work back; the import, never stored, takes its place in the list.
    await rowIn(page, "held", `甲局 · ${year}年度`).getByRole("button", { name: "打开" }).click();
    await expectValues(page, { "meta.agency": "甲局", [R("received", "natural_person")]: "5", [R("received", "total")]: "5" });
    assert.deepEqual(await namesIn(page, "held"), ["平潭综合实验区公安局 · 2021年度", `乙局 · ${year}年度`]);

    // A draft kept only here can be exported from the list.
    const file = await downloadText(page, rowIn(page, "held", `乙局 · ${year}年度`).getByRole("button", { name: "导出 JSON" }));
    assert.equal(JSON.parse(file.text).meta.agency, "乙局");
    assert.equal(file.name, `乙局${year}年政府信息公开工作年度报告.json`);
  },
);

editorTest(
  "with storage full, 打开, 复制 and 据此新建 keep unsaved work; rename and delete that cannot be stored say so and ask",
  { beforeLoad: quotaSwitch },
  async ({ page }) => {
    const year = await twoStoredDrafts(page);
    await setStorageFull(page, true);

    // 乙局 is edited but cannot be stored; 打开 甲局 keeps the edit in this page.
    await typeInto(page, R("received", "natural_person"), "7");
    await page.getByTestId("storage-banner").waitFor();
    await rowIn(page, "stored", `甲局 · ${year}年度`).getByRole("button", { name: "打开" }).click();
    await expectValue(page, "meta.agency", "甲局");
    assert.deepEqual(await namesIn(page, "held"), [`乙局 · ${year}年度`]);
    // The stored row of the same draft is its stored copy: 打开 there opens that, and the held
    // work stays held.
    await rowIn(page, "stored", `乙局 · ${year}年度`).getByRole("button", { name: "打开" }).click();
    await expectValues(page, { "meta.agency": "乙局", [R("received", "natural_person")]: "" });
    assert.deepEqual(await namesIn(page, "held"), [`乙局 · ${year}年度`]);
    await rowIn(page, "stored", `甲局 · ${year}年度`).getByRole("button", { name: "打开" }).click();
    await expectValue(page, "meta.agency", "甲局");

    // 复制 opens a copy that cannot be stored either; 据此新建 then keeps that copy here.
    await rowIn(page, "stored", `甲局 · ${year}年度`).getByRole("button", { name: "复制" }).click();
    await expectValue(page, "meta.agency", "甲局");
    await rowIn(page, "stored", `甲局 · ${year}年度`).getByRole("button", { name: /^据此新建下一年度报告/ }).click();
    await expectValue(page, "meta.year", String(year + 1));
    assert.deepEqual(await namesIn(page, "held"), [`甲局 · ${year}年度（副本）`, `乙局 · ${year}年度`]);

    // Renaming a stored draft fails, and says so.
    page.once("dialog", (dialog) => dialog.accept("新名字"));
    await rowIn(page, "stored", `甲局 · ${year}年度`).getByRole("button", { name: "改名" }).click();
    const notice = page.getByTestId("session-notice");
    await eventually(() => notice.textContent(), (text) => /未能改名/.test(text));
    assert.match(await notice.textContent(), /未能改名「甲局 · \d{4}年度」：浏览器的本地存储空间已满/);
    assert.deepEqual((await namesIn(page, "stored")).sort(), [`乙局 · ${year}年度`, `甲局 · ${year}年度`].sort());

    // Deleting a draft kept only here asks first, offering to export it.
    await rowIn(page, "held", `乙局 · ${year}年度`).getByRole("button", { name: "删除" }).click();
    const question = page.getByTestId("question");
    await question.waitFor();
    assert.match(await question.textContent(), /没有保存到浏览器，删除后无法恢复/);
    const exported = await downloadText(page, question.getByRole("button", { name: "先导出 JSON，再删除" }));
    assert.equal(JSON.parse(exported.text).requests.received.natural_person, 7);
    assert.deepEqual(await namesIn(page, "held"), [`甲局 · ${year}年度（副本）`]);

    // Deleting a stored draft with no room for its copy in the trash offers to delete it for good.
    await rowIn(page, "stored", `乙局 · ${year}年度`).getByRole("button", { name: "删除" }).click();
    await question.waitFor();
    assert.match(await question.textContent(), /无法先移到「已删除」中。要永久删除它吗/);
    await question.getByRole("button", { name: "取消" }).click();
    assert.equal((await keysWith(page, "nianbao.draft.")).length, 2, "cancel keeps it");
    await rowIn(page, "stored", `乙局 · ${year}年度`).getByRole("button", { name: "删除" }).click();
    await question.getByRole("button", { name: "永久删除", exact: true }).click();
    await eventually(() => namesIn(page, "stored"), (names) => names.length === 1);
    assert.deepEqual(await namesIn(page, "stored"), [`甲局 · ${year}年度`]);
  },
);

editorTest("an edit made just before a reload, or before the tab is closed, is there when the draft opens again", async ({ page, context, server }) => {
  const dialogs = watchDialogs(page);
  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  await cell(page, R("received", "natural_person")).click();
  await page.keyboard.type("42");
  // Autosave has not run yet (it waits 300 ms): the reload itself must write the edit.
  assert.equal(await page.getByTestId("save-status").textContent(), "正在保存…");
  await page.reload();
  await ready(page);
  await expectValue(page, R("received", "natural_person"), "42");
  assert.deepEqual(dialogs, [], "nothing was left unsaved, so nothing was asked");

  // Ctrl+W: the tab goes, and the next one finds the edit.
  await cell(page, R("received", "commercial")).click();
  await page.keyboard.type("8");
  await page.close();
  const next = await context.newPage();
  await next.goto(server.url);
  await ready(next);
  await expectValues(next, { [R("received", "commercial")]: "8", [R("received", "total")]: "50" });
});

editorTest(
  "leaving asks while work is not stored, and not otherwise",
  { beforeLoad: blockStorage },
  async ({ page }) => {
    const dialogs = watchDialogs(page);
    await typeInto(page, "meta.agency", "只在本页的内容");
    await page.getByTestId("save-status").filter({ hasText: "未保存到浏览器" }).waitFor();
    await page.close({ runBeforeUnload: true });
    await eventually(() => dialogs, (seen) => seen.length > 0);
    assert.deepEqual(dialogs, ["beforeunload"]);
    assert.equal(page.isClosed(), false, "dismissing the question keeps the page and its work");
    await expectValue(page, "meta.agency", "只在本页的内容");
  },
);

editorTest("a stored draft leaves without a question; a paused one with unsaved edits asks", async ({ page, context, server }) => {
  const dialogs = watchDialogs(page);
  const other = await secondTab(context, server.url);
  // Closed while the save is still pending: written on the way out, so nothing is asked.
  await cell(page, "meta.agency").click();
  await page.keyboard.type("甲局");
  await page.close({ runBeforeUnload: true });
  await eventually(() => page.isClosed(), (closed) => closed);
  assert.deepEqual(dialogs, []);
  const agencies = Object.entries(await storage(other))
    .filter(([key]) => key.startsWith("nianbao.draft."))
    .map(([, text]) => JSON.parse(text).report.meta.agency);
  assert.deepEqual(agencies, ["甲局"]);

  // Paused by another tab's edit, with edits of its own: those are not stored, so it asks.
  await other.reload();
  await ready(other);
  await expectValue(other, "meta.agency", "甲局");
  const third = await secondTab(context, server.url);
  const asked = watchDialogs(other);
  await typeInto(third, "meta.agency", "第三个标签页");
  await waitSaved(third);
  await other.getByTestId("conflict-banner").waitFor();
  await typeInto(other, "overview", "本页的修改");
  await other.close({ runBeforeUnload: true });
  await eventually(() => asked, (seen) => seen.length > 0);
  assert.deepEqual(asked, ["beforeunload"]);
  assert.equal(other.isClosed(), false);
});

editorTest("after 打开 and a reload the draft opened last opens again; two tabs each reopen their own", async ({ page, context, server }) => {
  const year = await twoStoredDrafts(page);

  await rowIn(page, "stored", `甲局 · ${year}年度`).getByRole("button", { name: "打开" }).click();
  await expectValue(page, "meta.agency", "甲局");
  // Opened, not edited: nothing is saved, and yet the reload opens 甲局.
  await page.reload();
  await ready(page);
  await expectValue(page, "meta.agency", "甲局");

  const other = await secondTab(context, server.url);
  await openDrafts(other);
  await rowIn(other, "stored", `乙局 · ${year}年度`).getByRole("button", { name: "打开" }).click();
  await expectValue(other, "meta.agency", "乙局");
  await page.reload();
  await ready(page);
  await expectValue(page, "meta.agency", "甲局", "this tab's own draft, not the one another tab opened");
  await other.reload();
  await ready(other);
  await expectValue(other, "meta.agency", "乙局");
});

editorTest("a draft deleted in another tab is not brought back by autosave, and 恢复 never overwrites the newer copy", async ({ page, context, server }) => {
  const year = await lastYear(page);
  const name = `甲局 · ${year}年度`;
  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  const id = (await currentDraft(page)).id;
  const other = await secondTab(context, server.url);
  await waitValue(other, "meta.agency", "甲局");

  // The other tab deletes it while this one is open on it.
  await openDrafts(other);
  await rowIn(other, "stored", name).getByRole("button", { name: "删除" }).click();
  await eventually(() => namesIn(other, "trash"), (names) => names.includes(name));
  const banner = page.getByTestId("conflict-banner");
  await banner.waitFor();
  assert.match(await banner.textContent(), /已在另一个标签页中删除/);
  await typeInto(page, "overview", "删除之后写的字");
  await page.waitForTimeout(700);
  assert.equal((await storage(page))[`nianbao.draft.${id}`], undefined, "autosave did not resurrect it");
  assert.equal(await page.getByTestId("save-status").textContent(), "自动保存已暂停");

  // This tab keeps its work: stored again under its own id.
  await banner.getByRole("button", { name: "保留本页内容，继续编辑" }).click();
  await waitSaved(page);
  assert.equal(JSON.parse((await storage(page))[`nianbao.draft.${id}`]).report.overview, "删除之后写的字");

  // The other tab, its trash still listing the old copy, restores it: beside, not over, the newer one.
  await rowIn(other, "trash", name).getByRole("button", { name: "恢复" }).click();
  const notice = other.getByTestId("session-notice");
  await notice.waitFor();
  assert.match(await notice.textContent(), /恢复不会覆盖那个较新的版本；删除前的版本已恢复为另一份草稿「甲局 · \d{4}年度（删除前的版本）」/);
  const stored = await storage(page);
  assert.equal(JSON.parse(stored[`nianbao.draft.${id}`]).report.overview, "删除之后写的字");
  const drafts = Object.entries(stored).filter(([key]) => key.startsWith("nianbao.draft."));
  assert.equal(drafts.length, 2);
  assert.deepEqual(await keysWith(page, "nianbao.trash."), []);
  await eventually(() => namesIn(other, "stored"), (names) => names.length === 2);
  assert.deepEqual((await namesIn(other, "stored")).sort(), [name, `${name}（删除前的版本）`].sort());
});

editorTest(
  "a draft saved by a newer nianbao is listed as such, left in place, and can be downloaded",
  {
    async beforeLoad(context) {
      const sample = JSON.parse(await readFile(POLICE_2021, "utf8"));
      const newer = JSON.stringify({ kind: "nianbao-draft", version: 2, id: "future", saved_at: Date.now(), report: sample, future_field: true });
      await context.addInitScript((newer) => {
        if (location.protocol !== "http:" || sessionStorage.getItem("seeded")) return;
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("nianbao.draft.future", newer);
      }, newer);
    },
  },
  async ({ page }) => {
    const summary = page.locator("details.drafts summary");
    assert.match(await summary.textContent(), /另有 1 份需更新版本才能打开/);
    await openDrafts(page);
    assert.deepEqual(await namesIn(page, "newer"), ["平潭综合实验区公安局 · 2021年度"]);
    const row = page.locator("details.drafts ul.draft-list.newer li");
    assert.match(await row.textContent(), /由更新版本保存，暂不能打开/);
    const file = await downloadText(page, row.getByRole("button", { name: /下载这份数据/ }));
    assert.equal(JSON.parse(file.text).future_field, true);
    assert.ok((await storage(page))["nianbao.draft.future"], "left in place");
    assert.equal(await page.getByTestId("quarantine-banner").count(), 0, "not taken for damaged data");
  },
);

editorTest("only looking is not an edit: 检查全部 stores nothing new, and in another tab raises no conflict", async ({ page, context, server }) => {
  await page.getByRole("button", { name: "检查全部" }).click();
  await page.waitForTimeout(700);
  assert.deepEqual(await keysWith(page, "nianbao.draft."), [], "an untouched new draft is not stored");

  await typeInto(page, "meta.agency", "甲局");
  await waitSaved(page);
  const other = await secondTab(context, server.url);
  await waitValue(other, "meta.agency", "甲局");
  await (await exportItem(other, "JSON")).click();
  await other.waitForTimeout(700);
  assert.equal(await page.getByTestId("conflict-banner").count(), 0);
  await typeInto(page, "overview", "继续写");
  await waitSaved(page);
});
