// Starts Debian's Chromium through playwright-core (never a downloaded browser), with the flags a
// headless Chromium needs as root on a machine with no outside network.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./static-server.mjs";

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The release build served locally, and a fresh browser: what every end-to-end test starts from. */
export async function openApp() {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(server.url);
  return {
    page,
    server,
    requests,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
