import { launchChromium, DIST } from "./browser.mjs";
import { serveStatic } from "./static-server.mjs";
const src = (await import("node:fs")).readFileSync("/work/main/scripts/bench-editor.mjs", "utf8");
const body = src.slice(src.indexOf("function keystrokeProbe"), src.indexOf("/** (a') A real key"));
const keystrokeProbe = eval("(" + body + ")");
const server = await serveStatic(DIST);
const browser = await launchChromium();
const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
page.on("console", m => console.log(m.text()));
await page.goto(server.url);
await page.locator('[data-path="requests.received.natural_person"]').waitFor();
try { console.log(await page.evaluate(keystrokeProbe, { count: 3 })); } catch (e) { console.log(e.message); }
console.log(await page.evaluate(() => [document.querySelector('[data-path="requests.received.total"]').value, document.querySelector('[data-path="requests.received.natural_person"]').value]));
await browser.close(); await server.close();
