import { launchChromium, DIST } from "./browser.mjs";
import { serveStatic } from "./static-server.mjs";
const server = await serveStatic(DIST);
const browser = await launchChromium();
for (const wait of [0, 500]) {
const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
await page.goto(server.url);
await page.locator('[data-path="requests.received.natural_person"]').waitFor();
await page.waitForTimeout(wait);
console.log(wait, await page.evaluate(async () => {
  const cell = document.querySelector('[data-path="requests.received.natural_person"]');
  const total = document.querySelector('[data-path="requests.received.total"]');
  const log = [];
  cell.focus();
  for (const n of [1000, 1001]) {
    cell.value = String(n);
    cell.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "0" }));
    await new Promise(r => setTimeout(r, 50));
    log.push([n, total.value, cell.value]);
  }
  return log;
}));
await context.close();
}
await browser.close(); await server.close();
