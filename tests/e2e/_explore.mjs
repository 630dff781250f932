import { openApp } from "./browser.mjs";
const app = await openApp();
const { page } = app;
await page.locator('[data-path="requests.received.natural_person"]').waitFor();
console.log(await page.evaluate(async () => {
  const cell = document.querySelector('[data-path="requests.received.natural_person"]');
  const total = document.querySelector('[data-path="requests.received.total"]');
  const panel = document.querySelector("aside.findings");
  const log = [];
  cell.focus();
  for (const n of [1000, 1001, 1002]) {
    const obs = new MutationObserver((r) => log.push(["mut", n, r.length, total.value]));
    obs.observe(panel, { subtree: true, childList: true, characterData: true });
    cell.value = String(n);
    cell.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "0" }));
    await new Promise(r => setTimeout(r, 100));
    log.push(["after", n, total.value, cell.value]);
    obs.disconnect();
  }
  return log;
}));
await app.close();
