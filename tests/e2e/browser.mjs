// Starts Debian's Chromium through playwright-core (never a downloaded browser), with the flags a
// headless Chromium needs as root on a machine with no outside network.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./static-server.mjs";

// NIANBAO_DIST lets a benchmark or a second checkout serve a build made elsewhere.
export const DIST = process.env.NIANBAO_DIST ?? fileURLToPath(new URL("../../dist/", import.meta.url));

/** Debian's Chromium; `args` adds flags (a host name mapped to this machine, say). */
export function launchChromium(args = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      ...args,
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

/**
 * The release build served locally, and a fresh browser: what every end-to-end test starts from.
 * `beforeLoad(context)` runs before the first page opens, for tests that must prepare the
 * browser (init scripts that break storage, seeded data); `viewport` sizes the page; `headers`
 * are sent with every file.
 */
export async function openApp({ beforeLoad, viewport, headers, serviceWorkers = "block" } = {}) {
  const server = await serveStatic(DIST, { headers });
  const browser = await launchChromium();
  // The service worker is blocked unless a test is about it: requests it answered would not
  // reach page.route(), which several tests use to slow or break a file.
  const context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true, viewport, serviceWorkers });
  // Requests of every page of the context, so a second tab is watched too.
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  if (beforeLoad) await beforeLoad(context);
  const page = await context.newPage();
  await page.goto(server.url);
  return {
    page,
    context,
    server,
    requests,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
