// A portal's site for the tests of issue 9: the build served under a sub-path (/tools/nianbao/)
// beside the portal's own pages, every response with the strict Content-Security-Policy, and a
// browser that lets service workers run and records every policy violation, page error and
// console error. Not a test file itself.
import assert from "node:assert/strict";
import { serveStatic } from "./static-server.mjs";
import { DIST, launchChromium } from "./browser.mjs";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const APP_PATH = "/tools/nianbao/";

/**
 * Serves `dist` at /tools/nianbao/ and `portal` (a folder, optional) at /portal/; opens a browser
 * (with `args`) and a context allowing service workers. `origin` replaces http://127.0.0.1:<port>
 * in the URLs handed out (a name mapped to this machine). Resolves to
 * { page, context, server, url(path), assertClean(), close() }.
 */
export async function openSite({ dist = DIST, portal, args = [], origin } = {}) {
  const mounts = { [APP_PATH]: dist, ...(portal ? { "/portal/": portal } : {}) };
  const server = await serveStatic(null, { headers: { "content-security-policy": CSP }, mounts });
  const browser = await launchChromium(args);
  const context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true, serviceWorkers: "allow" });
  const errors = [];
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on("page", (page) => {
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const base = origin ? `${origin.replace(/\/$/, "")}:${server.port}` : `http://127.0.0.1:${server.port}`;
  return {
    page,
    context,
    server,
    url: (path = APP_PATH) => `${base}${path}`,
    /**
     * Asserts that no page of the browser reported a policy violation, and that no page threw or
     * logged an error (but those matching `ignore`: a failure a test caused on purpose).
     */
    async assertClean({ ignore } = {}) {
      const violations = [];
      for (const open of context.pages()) violations.push(...(await open.evaluate(() => window.__violations ?? [])));
      assert.deepEqual(violations, [], "policy violations");
      assert.deepEqual(errors.filter((error) => !ignore?.test(error)), [], "errors in the page");
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until a service worker controls `page` and its cache holds the whole build (index.html
 * among it: the first visit done). Polled from here: waitForFunction does not wait for a promise.
 */
export async function waitOffline(page, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const done = await page.evaluate(async () => {
      if (!navigator.serviceWorker?.controller) return false;
      for (const name of await caches.keys()) {
        if (name.startsWith("nianbao ") && (await (await caches.open(name)).match("index.html"))) return true;
      }
      return false;
    });
    if (done) return;
    if (Date.now() > until) throw new Error("the service worker did not take over with a full cache");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The names of the caches of the page's origin. */
export function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}
