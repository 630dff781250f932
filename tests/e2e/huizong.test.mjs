// 汇总 (issue 11): many units' reports opened at once in the app — one row each with its checks
// and key figures, the expected units and who is missing, the reports of another year or format
// listed apart, the consolidated tables and their pictures — and the sum opened as a new draft.
// The view is a module of its own: nothing of it loads until 「汇总」 is clicked.
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  SAMPLES,
  openHuizong,
  openClaims,
  cell,
  currentDraft,
  downloadText,
  editorTest,
  eventually,
  focusedPath,
  typeInto,
  valueOf,
  waitSaved,
} from "./helpers.mjs";
import { CSP } from "./site.mjs";

const UNITS_2022 = [
  `${SAMPLES}/pages/平潭综合实验区_2022.html`,
  `${SAMPLES}/平潭综合实验区公安局_2022.json`,
  `${SAMPLES}/平潭综合实验区市场监督管理局_2022.json`,
  `${SAMPLES}/平潭综合实验区自然资源与生态环境局_2022.json`,
];
const REFERENCES_2022 = [
  `${SAMPLES}/pages/平潭综合实验区_2022.json`,
  ...UNITS_2022.slice(1),
];
const APART = [`${SAMPLES}/平潭综合实验区公安局_2021.json`, `${SAMPLES}/平潭综合实验区_2020_旧格式.json`];


async function addFiles(view, files) {
  await view.locator("input[type=file][multiple]").setInputFiles(files);
  await view.getByText(/读取了 \d+ 个文件，已检查并汇总/).waitFor({ timeout: 20000 });
}

/** The units table's rows: name and the text of each cell. */
async function unitRows(view) {
  return view.locator(".sum-list tbody tr").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent.trim())),
  );
}

/** The texts after a label in the chart titled `title`, as the SVG holds them. */
async function chartValue(view, title, label) {
  return view.locator("svg.chart").evaluateAll(
    (svgs, [title, label]) => {
      const svg = svgs.find((s) => s.querySelector("title")?.textContent === title);
      if (!svg) return null;
      const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
      return texts[texts.indexOf(label) + 1];
    },
    [title, label],
  );
}

const sum = (values) => values.reduce((a, b) => a + b, 0);

editorTest(
  "many units' reports are read, checked and summed; other years, the old format and junk are listed apart",
  { headers: { "Content-Security-Policy": CSP } },
  async ({ page, requests }) => {
    const huizong = () => requests.filter((url) => url.includes("huizong"));
    assert.deepEqual(huizong(), [], "the 汇总 view is not in the first load");
    const view = await openHuizong(page);
    assert.ok(huizong().some((url) => /nianbao-huizong-[0-9a-f]{16}_bg\.wasm$/.test(url)), "its module is loaded on the click");

    const junk = { name: "通知.txt", mimeType: "text/plain", buffer: Buffer.from("关于召开会议的通知\n各单位：定于下周一开会。") };
    await view.locator("input[type=file][multiple]").setInputFiles([...UNITS_2022, ...APART]);
    await view.getByText("读取了 6 个文件，已检查并汇总").waitFor({ timeout: 20000 });
    await addFiles(view, [junk]);

    const references = await Promise.all(REFERENCES_2022.map(async (file) => JSON.parse(await readFile(file, "utf8"))));
    const rows = await unitRows(view);
    assert.deepEqual(
      rows.map((row) => row[0]),
      references.map((r) => r.meta.agency),
      "one row per unit of 2022, in the order added",
    );
    for (const [row, reference] of rows.map((row, at) => [row, references[at]])) {
      assert.equal(row[2], String(reference.requests.received.total), `${row[0]} 本年新收`);
      assert.equal(row[3], String(reference.requests.closed_total.total), `${row[0]} 办结`);
      assert.equal(row[5], String(reference.appeals.review.total), `${row[0]} 复议`);
    }

    const apart = await view.locator(".sum-apart li").allTextContents();
    assert.equal(apart.length, 3, apart.join("\n"));
    assert.match(apart[0], /平潭综合实验区公安局.*报告年度为 2021，汇总的是 2022 年度/);
    assert.match(apart[1], /2019 年旧格式/);
    assert.match(apart[2], /通知\.txt.*无法读取/);
    await view.getByText("7 份报告：汇总 2022 年度 4 份，另列 3 份").waitFor();

    // The consolidated tables: each cell the sum over the four units.
    const total = (path) => view.locator(`.sum-table td[data-cell="${path}"]`).textContent();
    const expect = (get) => String(sum(references.map(get)));
    assert.equal(await total("requests.received.total"), expect((r) => r.requests.received.total));
    assert.equal(await total("requests.granted.natural_person"), expect((r) => r.requests.granted.natural_person));
    assert.equal(await total("appeals.review.corrected"), expect((r) => r.appeals.review.corrected));
    assert.equal(await total("proactive.licensing"), expect((r) => r.proactive.licensing));

    // The pictures say what the tables say.
    const granted = sum(references.map((r) => r.requests.granted.total));
    const closed = sum(references.map((r) => r.requests.closed_total.total));
    const share = ((granted * 100) / closed).toFixed(1);
    assert.equal(await chartValue(view, "汇总：申请办理结果", "予以公开"), `${granted}（${share}%）`);
    const natural = sum(references.map((r) => r.requests.received.natural_person));
    assert.match(await chartValue(view, "汇总：本年新收申请的申请人", "自然人"), new RegExp(`^${natural}（`));
    const largest = references.reduce((a, b) => (a.requests.received.total >= b.requests.received.total ? a : b));
    assert.equal(
      await chartValue(view, "汇总：各单位本年新收申请", largest.meta.agency),
      String(largest.requests.received.total),
      "the unit with the most requests leads the ranking",
    );

    // Sorted by 本年新收 (largest first), then found by name.
    await view.getByRole("button", { name: "本年新收", exact: true }).click();
    const sorted = (await unitRows(view)).map((row) => Number(row[2]));
    assert.deepEqual(sorted, [...sorted].sort((a, b) => b - a));
    await view.getByRole("searchbox").fill("公安");
    assert.deepEqual((await unitRows(view)).map((row) => row[0]), ["平潭综合实验区公安局"]);

    // The 汇总 as a web page to keep: units, pictures and tables, nothing to fetch.
    await view.getByLabel("本级政府名称").fill("平潭综合实验区管理委员会");
    const saved = await downloadText(page, view.getByRole("button", { name: "导出汇总网页（含图表）" }));
    assert.equal(saved.name, "平潭综合实验区管理委员会2022年度汇总.html");
    assert.match(saved.text, /<title>平潭综合实验区管理委员会2022年度政府信息公开工作年度报告汇总<\/title>/);
    assert.equal(saved.text.match(/<svg/g).length, 4);
    assert.equal(saved.text.match(/<table/g).length, 4);
    assert.ok(references.every((r) => saved.text.includes(`<th scope="row">${r.meta.agency}</th>`)));
    assert.doesNotMatch(saved.text, /<script|src=|href=/);
  },
);

editorTest("the expected units say who is missing and who has errors, and the list is kept", async ({ page }) => {
  let view = await openHuizong(page);
  await addFiles(view, [UNITS_2022[1], `${SAMPLES}/平潭综合实验区市场监督管理局_2022.json`]);
  const list = "平潭综合实验区公安局\n平潭综合实验区财政局\n市场监督管理局\n";
  await view.getByLabel("名单（一行一个单位，自动保存在本浏览器）").fill(list);
  const lines = await view.locator(".roster li").allTextContents();
  assert.equal(lines.length, 3);
  assert.match(lines[1], /平潭综合实验区财政局未报送/);
  assert.match(lines[2], /^市场监督管理局/, "a short name on the list finds the unit's full name");
  assert.doesNotMatch(lines[2], /未报送/);
  await view.getByText(/应报 3 个：未报送 1/).waitFor();

  await page.reload();
  await page.locator("[data-path='meta.agency']").waitFor();
  view = await openHuizong(page);
  assert.equal(await view.getByLabel("名单（一行一个单位，自动保存在本浏览器）").inputValue(), list);
});

editorTest("the consolidated tables open as a new 政府 draft, and the drafts list keeps the old one", async ({ page }) => {
  await typeInto(page, "meta.agency", "原来的草稿");
  await waitSaved(page);
  const before = await currentDraft(page);
  const view = await openHuizong(page);
  await addFiles(view, UNITS_2022);
  await view.getByLabel("本级政府名称").fill("平潭综合实验区管理委员会");
  await view.getByRole("button", { name: "作为新草稿打开（政府年报）" }).click();
  await view.waitFor({ state: "hidden" });
  await eventually(() => valueOf(page, "meta.agency"), (v) => v === "平潭综合实验区管理委员会", { timeout: 15000 });
  const references = await Promise.all(REFERENCES_2022.map(async (file) => JSON.parse(await readFile(file, "utf8"))));
  assert.equal(await valueOf(page, "requests.received.total"), String(sum(references.map((r) => r.requests.received.total))));
  assert.equal(await valueOf(page, "meta.year"), "2022");
  assert.equal(await page.locator("[data-path='meta.kind']").inputValue(), "government");
  assert.notEqual(await currentDraft(page), before, "a new draft, the old one kept");

  // Back in 汇总: the reports are still there; the sum, now a draft, is not summed again.
  await page.getByRole("button", { name: "汇总", exact: true }).click();
  await view.waitFor();
  assert.equal((await unitRows(view)).length, 4);
  await view.getByRole("button", { name: "加入本浏览器中的草稿" }).click();
  await view.locator(".sum-apart li", { hasText: "平潭综合实验区管理委员会" }).waitFor();
  assert.match(await view.locator(".sum-apart").textContent(), /平潭综合实验区管理委员会.*汇总结果本身/);
  const total = view.locator('.sum-table td[data-cell="requests.received.total"]');
  assert.equal(await total.textContent(), String(sum(references.map((r) => r.requests.received.total))));
});

editorTest("while 汇总 is open the editor takes no keys; Esc gives it back", async ({ page }) => {
  const view = await openHuizong(page);
  await view.getByRole("button", { name: "返回编辑" }).focus();
  for (let n = 0; n < 12; n += 1) {
    await page.keyboard.press("Tab");
    const inEditor = await page.evaluate(() => Boolean(document.activeElement?.closest(".app")));
    assert.equal(inEditor, false, `Tab ${n + 1} stays out of the hidden editor`);
  }
  await view.getByRole("button", { name: "加入本浏览器中的草稿" }).focus();
  await page.keyboard.press("Escape");
  await view.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "汇总", "back on 「汇总」");
  await typeInto(page, "meta.agency", "可以输入");
  assert.equal(await valueOf(page, "meta.agency"), "可以输入");
});

editorTest("a folder's reports are read and its other files skipped, said with the result", async ({ page }) => {
  const folder = await mkdtemp(join(tmpdir(), "nianbao-folder-"));
  try {
    await mkdir(join(folder, "街道"));
    await copyFile(`${SAMPLES}/平潭综合实验区公安局_2022.json`, join(folder, "公安局.json"));
    await copyFile(`${SAMPLES}/平潭综合实验区自然资源与生态环境局_2022.json`, join(folder, "街道", "自然资源.json"));
    await writeFile(join(folder, "照片.png"), "not a report");
    const view = await openHuizong(page);
    await view.locator("input[type=file][webkitdirectory]").setInputFiles(folder);
    await view.getByText(/读取了 2 个文件，已检查并汇总.*另有 1 个文件不是报告/).waitFor({ timeout: 20000 });
    assert.equal((await unitRows(view)).length, 2);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

editorTest("a unit's finding opens its report in the editor at the cell; drafts in the browser can be summed", async ({ page }) => {
  await typeInto(page, "meta.agency", "本浏览器中的单位");
  await waitSaved(page);
  const view = await openHuizong(page);
  await view.getByRole("button", { name: "加入本浏览器中的草稿" }).click();
  await view.locator(".sum-list tbody th", { hasText: "本浏览器中的单位" }).waitFor();
  // The open draft's own pictures.
  await view.getByRole("button", { name: "核对当前草稿并绘制图表" }).click();
  await view.locator(".sum-current svg.chart").first().waitFor();
  assert.equal(await view.locator(".sum-current svg.chart").count(), 3, "no last year: no comparison");
  assert.match(await view.locator(".sum-current").textContent(), /本浏览器中的单位/);
  // …and the draft as a .docx with them as Word charts after 表三 and 表四.
  const [docx] = await Promise.all([
    page.waitForEvent("download"),
    view.getByRole("button", { name: "导出 .docx（图表在表三、表四之后）" }).click(),
  ]);
  assert.match(docx.suggestedFilename(), /本浏览器中的单位.*（含图表）\.docx$/);
  const zip = await readFile(await docx.path());
  assert.equal(zip.subarray(0, 2).toString(), "PK");
  for (const part of ["word/charts/chart1.xml", "word/charts/chart3.xml"]) {
    assert.ok(zip.includes(Buffer.from(part)), `${part} in the .docx`);
  }

  await view.getByRole("button", { name: "清空" }).click();
  await addFiles(view, [`${SAMPLES}/平潭综合实验区金井片区管理局_2023.json`]);
  await view.getByRole("button", { name: /^错误 1/ }).click();
  const detail = view.locator(".sum-detail");
  await detail.getByText(/结转下年度继续办理/).first().waitFor();
  assert.ok(await detail.locator("svg.chart").count() >= 3, "the unit's own pictures");
  await detail.getByRole("button", { name: "到此单元格" }).first().click();
  await view.waitFor({ state: "hidden" });
  await eventually(() => focusedPath(page), (path) => path === "requests.carried_forward.total", { timeout: 15000 });
  assert.equal(await valueOf(page, "meta.agency"), "平潭综合实验区金井片区管理局");
  assert.equal(await cell(page, "requests.carried_forward.total").getAttribute("aria-invalid"), "true");
});

editorTest("「文字与表格核对」 lists each number the narrative states, against the tables", async ({ page }) => {
  const claims = await openClaims(page, `${SAMPLES}/平潭综合实验区_2022.json`, "全年共收到政府信息公开申请99件。");
  const rows = await claims.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())),
  );
  const row = (quote) => rows.find((r) => r[1] === `“${quote}”`);
  assert.deepEqual(row("收到政府信息公开申请99件").slice(3), ["74", "不一致"]);
  assert.deepEqual(row("现行有效行政规范性文件698件").slice(3), ["698", "一致"]);
  assert.match(await claims.getByRole("status").textContent(), /1 处与表格不一致/);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("sum-current")), true);
});
