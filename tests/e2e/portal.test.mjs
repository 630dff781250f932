// Issue 9: examples/portal.html, a portal page with heavy-handed CSS and two <nianbao-editor>s,
// served with the strict policy beside the build. Each editor draws in its own shadow root, keeps
// its own drafts, sends its events to the page, keeps its keys to itself, and saves when removed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { eventually } from "./helpers.mjs";
import { openSite } from "./site.mjs";

const PORTAL = fileURLToPath(new URL("../../examples/", import.meta.url));
const PAGE = "/portal/portal.html";
const NATURAL = "requests.received.natural_person";

/** A cell of one editor (Playwright's CSS locators pierce open shadow roots). */
function field(page, editor, path) {
  return page.locator(`#${editor}`).locator(`[data-path="${path}"]`);
}

async function typeIn(page, editor, path, text) {
  await field(page, editor, path).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

async function editorsReady(page) {
  await page.waitForFunction(() => {
    const editors = [...document.querySelectorAll("nianbao-editor")];
    return editors.length === 2 && editors.every((e) => e.shadowRoot?.querySelector('[data-path="requests.received.natural_person"]'));
  });
}

async function savedIn(page, editor) {
  const status = page.locator(`#${editor}`).getByTestId("save-status");
  await page.waitForTimeout(50);
  await eventually(() => status.textContent(), (text) => /^已保存/.test(text), { timeout: 5000 });
  assert.match(await status.textContent(), /^已保存/);
}

/**
 * The event listeners on the window and the document that the app's own scripts added, by type
 * (Chromium's DevTools protocol; `scripts` maps script ids to URLs, from Debugger.scriptParsed).
 * Playwright's and the portal's listeners are left out.
 */
async function appListeners(cdp, scripts) {
  const types = [];
  for (const expression of ["window", "document"]) {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    for (const listener of listeners) {
      if ((scripts.get(listener.scriptId) ?? "").includes("/tools/nianbao/")) types.push(`${expression} ${listener.type}`);
    }
  }
  return types.sort();
}

/** What the portal's own CSS makes of its own elements. */
function portalStyles(page) {
  return page.evaluate(() => {
    const look = (selector, ...properties) => {
      const style = getComputedStyle(document.querySelector(selector));
      return Object.fromEntries(properties.map((p) => [`${selector} ${p}`, style.getPropertyValue(p)]));
    };
    return {
      ...look("body", "font-size", "line-height", "letter-spacing", "text-align", "color", "background-color", "font-family"),
      ...look("#portal-search", "border-top-color", "background-color", "font-size", "box-sizing"),
      ...look("#portal-go", "border-top-color", "background-color"),
      ...look("h2", "font-size", "color"),
      ...look(".masthead", "background-color", "color"),
      ...look("nianbao-editor", "text-transform", "margin-top"),
    };
  });
}

/**
 * A test on the portal page with its two editors drawn; afterwards, whatever the body did, no
 * policy violation and no error may have been seen.
 */
function portalTest(name, body) {
  test(name, async () => {
    const site = await openSite({ portal: PORTAL });
    try {
      await site.page.goto(site.url(PAGE));
      await editorsReady(site.page);
      await body(site.page);
      await site.assertClean();
    } finally {
      await site.close();
    }
  });
}

test("the portal's styles stay its own, the editors' stay theirs, and every cell keeps its data-path", async () => {
  const site = await openSite({ portal: PORTAL });
  const { page } = site;
  try {
    // The portal without the editors' script: its own look, for comparison.
    await page.route("**/embed.js", (route) => route.abort());
    await page.goto(site.url(PAGE));
    const alone = await portalStyles(page);
    const cdp = await page.context().newCDPSession(page);
    const scripts = new Map();
    cdp.on("Debugger.scriptParsed", ({ scriptId, url }) => scripts.set(scriptId, url));
    await cdp.send("Debugger.enable");
    await page.unroute("**/embed.js");
    await page.reload();
    await editorsReady(page);
    const running = await appListeners(cdp, scripts);
    assert.ok(running.includes("window storage") && running.includes("window beforeunload"), String(running));
    assert.deepEqual(await portalStyles(page), alone, "the app's CSS changes nothing outside");
    assert.equal(await page.evaluate(() => document.styleSheets.length), 1, "only the portal's sheet in the page");

    // Inside, the portal's rules reach nothing (not even what the element inherits).
    const inside = await page.evaluate(() => {
      const root = document.querySelector("#editor-a").shadowRoot;
      const app = getComputedStyle(root.querySelector(".app"));
      const input = getComputedStyle(root.querySelector('[data-path="requests.received.natural_person"]'));
      return {
        mode: root.mode,
        fontSize: app.fontSize,
        lineHeight: app.lineHeight,
        letterSpacing: app.letterSpacing,
        textTransform: app.textTransform,
        textAlign: app.textAlign,
        fontFamily: app.fontFamily,
        inputBorder: input.borderTopColor,
        inputBackground: input.backgroundColor,
        paths: root.querySelectorAll("[data-path]").length,
      };
    });
    assert.equal(inside.mode, "open");
    assert.equal(inside.fontSize, "15px");
    assert.equal(inside.lineHeight, "24px");
    assert.equal(inside.letterSpacing, "normal");
    assert.equal(inside.textTransform, "none");
    assert.equal(inside.textAlign, "left");
    assert.ok(!/SimSun/.test(inside.fontFamily), inside.fontFamily);
    assert.notEqual(inside.inputBorder, "rgb(255, 0, 0)");
    assert.notEqual(inside.inputBackground, "rgb(255, 255, 0)");
    assert.ok(inside.paths > 200, `cells with data-path: ${inside.paths}`);

    // Both editors removed: every listener they put on the window and the document is gone.
    await page.evaluate(() => document.querySelectorAll("nianbao-editor").forEach((e) => e.remove()));
    assert.deepEqual(await appListeners(cdp, scripts), []);

    await site.assertClean({ ignore: /embed\.js|ERR_FAILED/ });
  } finally {
    await site.close();
  }
});

portalTest("two editors keep separate drafts, send their events, keep Ctrl+Z to themselves, and save when removed", async (page) => {
  await page.evaluate(() => {
    window.__events = [];
    for (const type of ["nianbao-change", "nianbao-export"]) {
      document.addEventListener(type, (event) => {
        const { report } = event.detail;
        window.__events.push({
          type,
          editor: event.target.id,
          composed: event.composed,
          agency: report.meta.agency,
          year: report.meta.year,
          natural: report.requests.received.natural_person,
          format: event.detail.format ?? null,
        });
      });
    }
  });

  // The options: defaults for a new draft; fixed and hidden parts in the second editor.
  assert.equal(await field(page, "editor-a", "meta.agency").inputValue(), "某某县教育局");
  assert.equal(await field(page, "editor-b", "meta.agency").inputValue(), "某某县财政局");
  assert.equal(await field(page, "editor-a", "meta.year").inputValue(), "2025");
  assert.equal(await field(page, "editor-a", "meta.agency").getAttribute("readonly"), null);
  assert.notEqual(await field(page, "editor-b", "meta.agency").getAttribute("readonly"), null);
  assert.notEqual(await field(page, "editor-b", "meta.year").getAttribute("readonly"), null);
  assert.equal(await page.locator("#editor-a details.drafts").count(), 1);
  assert.equal(await page.locator("#editor-b details.drafts").count(), 0, "drafts list hidden");
  assert.equal(await page.locator("#editor-a #import-json").count(), 1);
  assert.equal(await page.locator("#editor-b #import-json").count(), 0, "import hidden");

  await typeIn(page, "editor-a", NATURAL, "3");
  await savedIn(page, "editor-a");
  await typeIn(page, "editor-b", NATURAL, "7");
  await savedIn(page, "editor-b");

  // nianbao-change from each, with the report as a JSON v1 object.
  const changes = await eventually(
    () => page.evaluate(() => window.__events.filter((e) => e.type === "nianbao-change")),
    (events) => events.some((e) => e.editor === "editor-a" && e.natural === 3) && events.some((e) => e.editor === "editor-b" && e.natural === 7),
  );
  const lastA = changes.filter((e) => e.editor === "editor-a").at(-1);
  assert.deepEqual(lastA, { type: "nianbao-change", editor: "editor-a", composed: true, agency: "某某县教育局", year: 2025, natural: 3, format: null });

  // Separate storage: each editor's keys under its prefix, none under the app's own.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith("county-edu:nianbao.draft.")), String(keys));
  assert.ok(keys.some((k) => k.startsWith("county-finance:nianbao.draft.")), String(keys));
  assert.ok(!keys.some((k) => k.startsWith("nianbao.")), String(keys));

  // Ctrl+Z in the portal's own search box leaves both reports alone.
  await page.locator("#portal-search").click();
  await page.keyboard.type("年报");
  await page.keyboard.press("Control+Z");
  await page.waitForTimeout(100);
  assert.equal(await field(page, "editor-a", NATURAL).inputValue(), "3");
  assert.equal(await field(page, "editor-b", NATURAL).inputValue(), "7");
  // In an editor it undoes that editor's last edit, not the other's.
  await field(page, "editor-b", "requests.received.commercial").click();
  await page.keyboard.press("Control+Z");
  await eventually(() => field(page, "editor-b", NATURAL).inputValue(), (v) => v === "");
  assert.equal(await field(page, "editor-b", NATURAL).inputValue(), "");
  assert.equal(await field(page, "editor-a", NATURAL).inputValue(), "3");
  await page.keyboard.press("Control+Y");
  await eventually(() => field(page, "editor-b", NATURAL).inputValue(), (v) => v === "7");

  // Chinese input in the shadow root: the chosen characters are committed, no pinyin.
  const cdp = await page.context().newCDPSession(page);
  await field(page, "editor-a", "overview").click();
  for (const text of ["z", "zh", "zhe", "zhen", "zheng"]) {
    await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
  }
  assert.equal(await field(page, "editor-a", "overview").inputValue(), "zheng", "the composition is shown");
  await cdp.send("Input.insertText", { text: "政" });
  await savedIn(page, "editor-a");
  assert.equal(await field(page, "editor-a", "overview").inputValue(), "政");
  const committed = await page.evaluate(() => {
    const id = localStorage.getItem("county-edu:nianbao.current");
    return JSON.parse(localStorage.getItem(`county-edu:nianbao.draft.${id}`)).report.overview;
  });
  assert.equal(committed, "政", "the chosen character is stored, no pinyin");

  // 导出 JSON from the first editor: a download, and nianbao-export on its element. No 打印…:
  // the browser would print the whole portal.
  await page.locator("#editor-a details.export-menu summary").click();
  const items = await page.locator("#editor-a details.export-menu .menu-label").allTextContents();
  assert.ok(items.length === 4 && !items.includes("打印…"), String(items));
  const item = page.locator("#editor-a details.export-menu").getByRole("button", { name: /^JSON/ });
  const [download] = await Promise.all([page.waitForEvent("download"), item.click()]);
  assert.match(download.suggestedFilename(), /某某县教育局2025年.*\.json$/);
  const exported = await eventually(
    () => page.evaluate(() => window.__events.filter((e) => e.type === "nianbao-export")),
    (events) => events.length > 0,
  );
  assert.deepEqual(exported, [{ type: "nianbao-export", editor: "editor-a", composed: true, agency: "某某县教育局", year: 2025, natural: 3, format: "json" }]);

  // Removed right after an edit, before autosave: the edit is stored, and a new element with
  // the same prefix opens it again.
  await typeIn(page, "editor-a", NATURAL, "9");
  await page.evaluate(() => {
    // Sent once the element has left the page: only a listener on the element itself hears it.
    document.querySelector("#editor-a").addEventListener("nianbao-change", (event) => {
      window.__lastOnElement = event.detail.report.requests.received.natural_person;
    });
    window.__removed = document.querySelector("#editor-a");
    window.__removed.remove();
  });
  const stored = await page.evaluate(() => {
    const id = localStorage.getItem("county-edu:nianbao.current");
    return JSON.parse(localStorage.getItem(`county-edu:nianbao.draft.${id}`));
  });
  assert.equal(stored.report.requests.received.natural_person, 9);
  // …and told to the element's listeners, though autosave never had its turn.
  assert.equal(await page.evaluate(() => window.__lastOnElement), 9);
  // Taken down: its keys and timers are gone (a key press on the page changes nothing, throws nothing).
  await page.keyboard.press("Control+Z");
  await page.waitForTimeout(400);
  await page.evaluate(() => document.querySelector("main").prepend(window.__removed));
  await eventually(() => field(page, "editor-a", NATURAL).inputValue().catch(() => null), (v) => v === "9");
  assert.equal(await field(page, "editor-a", NATURAL).inputValue(), "9");

  // A reload finds each editor's own draft.
  await page.reload();
  await editorsReady(page);
  assert.equal(await field(page, "editor-a", NATURAL).inputValue(), "9");
  assert.equal(await field(page, "editor-b", NATURAL).inputValue(), "7");

});

portalTest("options set through the JS property, before the element is in the page, and a wrong one said in Chinese", async (page) => {
  await page.evaluate(() => {
    const editor = document.createElement("nianbao-editor");
    editor.id = "editor-c";
    editor.options = { storagePrefix: "by-script", agency: "某某县审计局", year: 2024, fixed: ["agency"], hide: ["drafts", "import"] };
    document.querySelector("main").append(editor);
  });
  await field(page, "editor-c", NATURAL).waitFor();
  assert.equal(await field(page, "editor-c", "meta.agency").inputValue(), "某某县审计局");
  assert.notEqual(await field(page, "editor-c", "meta.agency").getAttribute("readonly"), null);
  assert.equal(await field(page, "editor-c", "meta.year").inputValue(), "2024");
  assert.equal(await field(page, "editor-c", "meta.year").getAttribute("readonly"), null, "the year is not fixed");
  assert.equal(await page.locator("#editor-c details.drafts").count(), 0);
  assert.equal(await page.locator("#editor-c #import-json").count(), 0);
  await typeIn(page, "editor-c", NATURAL, "1");
  await savedIn(page, "editor-c");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith("by-script:nianbao.draft.")), String(keys));

  // F8 moves within this editor: to its findings and back to its cell.
  await field(page, "editor-c", NATURAL).click();
  await page.keyboard.press("F8");
  const focused = () => page.evaluate(() => {
    const root = document.querySelector("#editor-c").shadowRoot;
    const active = root.activeElement;
    return active ? active.id || active.dataset.path || active.tagName : null;
  });
  assert.equal(await focused(), "findings-title");
  await page.keyboard.press("F8");
  assert.equal(await focused(), NATURAL);

  // A value the editor cannot use is named, attribute and value, in Chinese.
  await page.evaluate(() => document.querySelector("#editor-c").setAttribute("data-year", "明年"));
  await page.evaluate(() => (document.querySelector("#editor-c").options = { storagePrefix: "by-script", year: "明年" }));
  const notice = page.locator("#editor-c").getByTestId("session-notice");
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /data-year/);
  assert.match(text, /明年/);
  // Restarted on the same prefix: the draft is still there.
  assert.equal(await field(page, "editor-c", NATURAL).inputValue(), "1");

  // Last year's draft under a prefix; then the page fixes the year: a new draft is opened, and
  // last year's is left as it is (not turned into this year's by the fixed values).
  const add = (id, data) =>
    page.evaluate(
      ([id, data]) => {
        const editor = document.createElement("nianbao-editor");
        editor.id = id;
        Object.assign(editor.dataset, data);
        document.querySelector("main").append(editor);
      },
      [id, data],
    );
  await add("editor-e", { storagePrefix: "years", agency: "某某县审计局", year: "2024" });
  await typeIn(page, "editor-e", NATURAL, "4");
  await savedIn(page, "editor-e");
  await page.evaluate(() => document.querySelector("#editor-e").remove());
  await add("editor-f", { storagePrefix: "years", agency: "某某县审计局", year: "2025", fixed: "year" });
  await field(page, "editor-f", NATURAL).waitFor();
  assert.equal(await field(page, "editor-f", "meta.year").inputValue(), "2025");
  assert.equal(await field(page, "editor-f", NATURAL).inputValue(), "", "a new draft, not last year's");
  const years = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("years:nianbao.draft."))
      .map((k) => JSON.parse(localStorage.getItem(k)).report.meta.year),
  );
  assert.deepEqual(years, [2024], "last year's draft is stored unchanged");
  await page.evaluate(() => document.querySelector("#editor-f").remove());

  // A further editor on the first one's prefix would share its drafts: it says so.
  await page.evaluate(() => {
    const editor = document.createElement("nianbao-editor");
    editor.id = "editor-d";
    editor.dataset.storagePrefix = "county-edu";
    document.querySelector("main").append(editor);
  });
  const shared = page.locator("#editor-d").getByTestId("session-notice");
  await shared.waitFor();
  assert.match(await shared.textContent(), /data-storage-prefix「county-edu」/);

});

test("an editor taken down before it is drawn leaves nothing running, and one whose module failed offers 重试", async () => {
  const site = await openSite({ portal: PORTAL });
  const { page } = site;
  try {
    const cdp = await page.context().newCDPSession(page);
    const scripts = new Map();
    cdp.on("Debugger.scriptParsed", ({ scriptId, url }) => scripts.set(scriptId, url));
    await cdp.send("Debugger.enable");
    // The module fails to load once (a cut connection).
    let failures = 1;
    await page.route("**/nianbao-app-*_bg.wasm", (route) => (failures-- > 0 ? route.abort() : route.continue()));
    await page.goto(site.url(PAGE));
    const failed = page.locator("#editor-a").getByRole("alert");
    await failed.waitFor();
    assert.match(await failed.textContent(), /年报编辑器未能加载/);
    await page.locator("#editor-a").getByRole("button", { name: "重试" }).click();
    await field(page, "editor-a", NATURAL).waitFor();
    await page.locator("#editor-b").getByRole("button", { name: "重试" }).click();
    await editorsReady(page);

    // nianbao-ready comes once the editor is drawn.
    const drawnAtReady = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const editor = document.createElement("nianbao-editor");
          editor.dataset.storagePrefix = "ready";
          editor.addEventListener("nianbao-ready", () => {
            resolve(editor.shadowRoot.querySelectorAll("[data-path]").length);
            editor.remove();
          });
          document.querySelector("main").append(editor);
        }),
    );
    assert.ok(drawnAtReady > 200, `cells when nianbao-ready came: ${drawnAtReady}`);

    // Removed and re-added in the microtasks that follow its start: one app, drawn once.
    await page.evaluate(async () => {
      const editor = document.createElement("nianbao-editor");
      editor.id = "editor-churn";
      editor.dataset.storagePrefix = "churn";
      window.__readies = 0;
      editor.addEventListener("nianbao-ready", () => (window.__readies += 1));
      const main = document.querySelector("main");
      main.append(editor);
      for (let i = 0; i < 6; i += 1) {
        await Promise.resolve();
        editor.remove();
        main.append(editor);
      }
    });
    await field(page, "editor-churn", NATURAL).waitFor();
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => document.querySelector("#editor-churn").shadowRoot.querySelectorAll(".app").length), 1);
    assert.equal(await page.evaluate(() => window.__readies), 1, "nianbao-ready once: not from the apps taken down");
    const storageListeners = (await appListeners(cdp, scripts)).filter((l) => l === "window storage").length;
    assert.equal(storageListeners, 3, "one set of listeners per editor on the page (a, b, churn)");

    await page.evaluate(() => document.querySelectorAll("nianbao-editor").forEach((e) => e.remove()));
    await page.waitForTimeout(300);
    assert.deepEqual(await appListeners(cdp, scripts), []);
    // The module's load was made to fail once: that error is the test's own.
    await site.assertClean({ ignore: /年报编辑器未能加载|Failed to fetch|ERR_FAILED|WebAssembly/ });
  } finally {
    await site.close();
  }
});
