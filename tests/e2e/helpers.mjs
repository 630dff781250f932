// What the end-to-end tests share: opening the editor, reaching cells by their JSON path, typing
// the way a clerk does, and reading what the app keeps in local storage. Not a test file itself
// (node --test only runs *.test.mjs here).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { openApp } from "./browser.mjs";

// shared/ sits beside the repository, here and in CI.
export const SAMPLES =
  process.env.NIANBAO_SAMPLES ?? fileURLToPath(new URL("../../../shared/samples", import.meta.url));
/** The sample with a real T3_BALANCE error (received 1 + 0 ≠ closed 1 + carried forward 1). */
export const POLICE_2021 = `${SAMPLES}/平潭综合实验区公安局_2021.json`;

/** Any element carrying `data-path = path`. */
export function cell(page, path) {
  return page.locator(`[data-path="${path}"]`);
}

/** The data-path of the focused element, as a spreadsheet user would ask "where am I?". */
export function focusedPath(page) {
  return page.evaluate(() => document.activeElement?.getAttribute("data-path") ?? null);
}

/** Clicks into a field, selects what is there and types over it, key by key. */
export async function typeInto(page, path, text) {
  await cell(page, path).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/** Waits until the field at `path` shows `value` (values are properties, not attributes). */
export async function waitValue(page, path, value, timeout = 5000) {
  await page.waitForFunction(
    ({ path, value }) => document.querySelector(`[data-path="${path}"]`)?.value === value,
    { path, value },
    { timeout },
  );
}

export async function valueOf(page, path) {
  return cell(page, path).inputValue();
}

/** The values of several cells at once, keyed by path. */
export async function valuesOf(page, paths) {
  return page.evaluate(
    (paths) =>
      Object.fromEntries(
        paths.map((p) => [p, document.querySelector(`[data-path="${p}"]`)?.value ?? null]),
      ),
    paths,
  );
}

/**
 * Asserts that the field at `path` shows `expected`, allowing the few milliseconds Yew takes to
 * render after an event (a blur re-renders on the scheduler, not inside the event).
 */
export async function expectValue(page, path, expected, message) {
  const actual = await eventually(() => valueOf(page, path), (value) => value === expected, { timeout: 2000, every: 20 });
  assert.equal(actual, expected, message ?? path);
}

/** The same for several fields: `expected` maps paths to values. */
export async function expectValues(page, expected, message) {
  const paths = Object.keys(expected);
  const actual = await eventually(
    () => valuesOf(page, paths),
    (values) => paths.every((path) => values[path] === expected[path]),
    { timeout: 2000, every: 20 },
  );
  assert.deepEqual(actual, expected, message);
}

/** Every value field of the page, keyed by path (to show that something changed nothing). */
export async function allValues(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("[data-path]")].map((e) => [e.dataset.path, e.value]),
    ),
  );
}

/** The findings panel as [{ rule, target }], in its order. */
export async function findings(page) {
  return page.$$eval("aside.findings button[data-rule]", (buttons) =>
    buttons.map((b) => ({ rule: b.dataset.rule, target: b.dataset.target })),
  );
}

export async function hasFinding(page, rule, target) {
  return (await findings(page)).some((f) => f.rule === rule && f.target === target);
}

export function checkStatus(page) {
  return page.getByTestId("check-status").textContent();
}

/** 「N 个错误，M 个提醒」 read as numbers; null when the line says something else. */
export async function counts(page) {
  const text = await checkStatus(page);
  const found = /^(\d+) 个错误，(\d+) 个提醒/.exec(text);
  return found ? { errors: Number(found[1]), warnings: Number(found[2]) } : null;
}

/** Two animation frames: by then Yew has rendered what the last event changed, and run its effects. */
export function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Waits until the status line says the draft was saved (at any time of day). It settles first,
 * so that an edit just made has turned the line to 「正在保存…」 and an older 「已保存」 does not count.
 */
export async function waitSaved(page, timeout = 5000) {
  await settle(page);
  await page.waitForFunction(
    () => /^已保存 \d\d:\d\d:\d\d$/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
    null,
    { timeout },
  );
}

/** The editor is drawn and takes input: the app marks that moment itself ("nianbao-ready"). */
export async function ready(page) {
  await cell(page, "requests.received.natural_person").waitFor();
  await page.waitForFunction(() => performance.getEntriesByName("nianbao-ready").length > 0);
}

/** Local storage, every key and its text. */
export function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** Keys of local storage starting with `prefix`. */
export async function keysWith(page, prefix) {
  return Object.keys(await storage(page)).filter((key) => key.startsWith(prefix));
}

/** The stored envelope of the draft open now (nianbao.current), parsed. */
export function currentDraft(page) {
  return page.evaluate(() => {
    const id = localStorage.getItem("nianbao.current");
    const text = id && localStorage.getItem(`nianbao.draft.${id}`);
    return text ? JSON.parse(text) : null;
  });
}

/**
 * Polls `probe` until `accept(result)` holds, returning the last result; the caller asserts on it,
 * so a timeout shows what was actually there.
 */
export async function eventually(probe, accept, { timeout = 3000, every = 50 } = {}) {
  const until = Date.now() + timeout;
  let result = await probe();
  while (!accept(result) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, every));
    result = await probe();
  }
  return result;
}

/** Opens the drafts list (a <details>), if it is closed. */
export async function openDrafts(page) {
  const details = page.locator("details.drafts");
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
  return details;
}

/** The names listed in the drafts list (not the trash). */
export function listedDrafts(page) {
  return page.locator("details.drafts ul.draft-list.stored li .name").allTextContents();
}

/** Whether `url` stays in the page's own origin (blob: and data: URLs never leave the browser). */
export function isLocal(url, origin) {
  if (url.startsWith("data:")) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * A test with a fresh browser on the release build. After the body, whatever it did, the test
 * also fails if the page threw or if any request left the page's origin (the app promises that
 * no data leaves the machine).
 */
export function editorTest(name, options, body) {
  if (typeof options === "function") [options, body] = [{}, options];
  test(name, async () => {
    const errors = [];
    const app = await openApp({
      ...options,
      async beforeLoad(context) {
        // Watch every page from its creation, so errors during start-up count too.
        context.on("page", (page) => page.on("pageerror", (error) => errors.push(error.message)));
        // Everything here happens in milliseconds; a wait that long means a failure, said early.
        context.setDefaultTimeout(5000);
        if (options.beforeLoad) await options.beforeLoad(context);
      },
    });
    try {
      if (options.ready !== false) await ready(app.page);
      await body(app);
      const origin = new URL(app.server.url).origin;
      assert.deepEqual(
        app.requests.filter((url) => !isLocal(url, origin)),
        [],
        "no request leaves the page's origin",
      );
      assert.deepEqual(errors, [], "the page threw no error");
    } finally {
      await app.close();
    }
  });
}

/** Puts the text of a file chooser's file as a File, without touching the disk. */
export function jsonFile(name, value) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return { name, mimeType: "application/json", buffer: Buffer.from(text) };
}

/** An init script for `beforeLoad`: local storage throws, as in private mode or under a portal's policy. */
export async function blockStorage(context) {
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("storage is disabled", "SecurityError");
      },
    });
  });
}

/** Fills local storage the way years of other data would: until even one more character fails. */
export function fillStorage(page) {
  return page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    let keys = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler.${keys}`, chunk);
        keys += 1;
      } catch (error) {
        if (error.name !== "QuotaExceededError") throw error;
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    return keys;
  });
}

/** Frees what `fillStorage` took. */
export function freeStorage(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("filler."))
      .forEach((k) => localStorage.removeItem(k)),
  );
}

/** Clicks `button` and returns the name and text of the file it downloads. */
export async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

/** An item of the 「导出」 menu, the menu opened first; `label` is how its label starts (「JSON」). */
export async function exportItem(page, label) {
  const menu = page.locator("details.export-menu");
  if (!(await menu.evaluate((details) => details.open))) await menu.locator("summary").click();
  const start = label.replace(/[()（）.*?/]/g, "\\$&");
  return menu.getByRole("button", { name: new RegExp(`^${start}`) });
}

/** The names in one part of the drafts list: "stored", "held", "newer" or "trash". */
export function namesIn(page, list) {
  return page.locator(`details.drafts ul.draft-list.${list} li .name`).allTextContents();
}

/** The row of a part of the drafts list whose name is exactly `name`. */
export function rowIn(page, list, name) {
  const exact = new RegExp(`^${name.replace(/[()（）·.*?]/g, "\\$&")}$`);
  return page.locator(`details.drafts ul.draft-list.${list} li`).filter({ has: page.locator(".name", { hasText: exact }) });
}

/** The year a new draft is for: the one just ended, by the page's own clock. */
export function lastYear(page) {
  return page.evaluate(() => new Date().getFullYear() - 1);
}

/**
 * An init script for `beforeLoad`: once `setStorageFull(page, true)`, every write to local storage
 * fails as a full quota does. Exact where real filling is not: Chromium lets a write that replaces
 * an existing item go a little over the quota.
 */
export async function quotaSwitch(context) {
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull && this === window.localStorage) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
}

export function setStorageFull(page, full) {
  return page.evaluate((full) => (window.__storageFull = full), full);
}

/** The text of the messages the field at `path` points to with aria-describedby ("" for none). */
export async function description(page, path) {
  const ids = await cell(page, path).getAttribute("aria-describedby");
  if (!ids) return "";
  const texts = await Promise.all(ids.split(/\s+/).map((id) => page.locator(`#${id}`).innerText()));
  return texts.join("\n");
}

/**
 * A real paste event on the focused element, carrying `text` as a spreadsheet or Ctrl+V puts it.
 * Returns whether the app took the paste over; when it did not, the browser's own paste (the text
 * replacing the selection) is done, as the browser would.
 */
export function paste(page, text) {
  return page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    const target = document.activeElement;
    if (!target.dispatchEvent(event)) return true;
    target.setRangeText(text, target.selectionStart, target.selectionEnd, "end");
    target.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    return false;
  }, text);
}

/** Opens the 汇总 view from the toolbar; resolves to its layer once drawn. */
export async function openHuizong(page) {
  await page.getByRole("button", { name: "汇总", exact: true }).click();
  const view = page.locator(".huizong-layer");
  await view.getByRole("heading", { name: "汇总", level: 1 }).waitFor({ timeout: 20000 });
  return view;
}

/**
 * Imports the report `file`, types `sentence` at the end of 一、总体情况, and opens 「文字与表格核对」
 * once the draft is saved (the view reads it as saved); resolves to the claims panel.
 */
export async function openClaims(page, file, sentence) {
  const agency = JSON.parse(await readFile(file, "utf8")).meta.agency;
  await page.locator("#import-json").setInputFiles(file);
  await eventually(() => valueOf(page, "meta.agency"), (v) => v === agency, { timeout: 15000 });
  await cell(page, "overview").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(sentence);
  await waitSaved(page);
  await page.getByRole("button", { name: "文字与表格核对" }).click();
  const claims = page.locator(".huizong-layer .sum-claims");
  await claims.waitFor({ timeout: 20000 });
  return claims;
}
