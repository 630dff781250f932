// Issue 9: the build copied under a sub-path of a portal's host, served with the strict policy,
// keeps working with the network off after one visit; a new deployment is taken only when the
// user agrees; on plain HTTP under an intranet name it works online with no service worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFile, cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST } from "./browser.mjs";
import { eventually, expectValue, exportItem, ready, typeInto, waitSaved } from "./helpers.mjs";
import { APP_PATH, CSP, cacheNames, openSite, waitOffline } from "./site.mjs";

const run = promisify(execFile);
/**
 * Exports the report as Word through the export worker, past the question about its errors (the
 * report is not finished), and checks a .docx came.
 */
async function exportWordAnyway(page) {
  const item = await exportItem(page, "Word 文档");
  await item.click();
  const agree = page.getByTestId("question").getByRole("button", { name: /^仍然导出/ });
  const [download] = await Promise.all([page.waitForEvent("download"), agree.click()]);
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
}

/** Our caches that hold a version (not the note of which one was active). */
const versions = (names) => names.filter((name) => name.startsWith("nianbao ") && !name.endsWith(" active"));
const OFFLINE_FILES = fileURLToPath(new URL("../../scripts/offline-files.sh", import.meta.url));

test("under /tools/nianbao/ with the strict policy, after one visit the app opens and works offline", async () => {
  const site = await openSite();
  const { page, context } = site;
  try {
    const first = await page.goto(site.url());
    assert.equal(first.fromServiceWorker(), false);
    await ready(page);
    await typeInto(page, "requests.received.natural_person", "4");
    await typeInto(page, "meta.agency", "某某县某某局");
    await waitSaved(page);
    await waitOffline(page);
    // Every file of the build is in the cache, under a name of our own.
    const ours = versions(await cacheNames(page));
    assert.equal(ours.length, 1, String(ours));
    assert.ok(ours[0].includes(APP_PATH), `the cache is named with its scope: ${ours[0]}`);
    const cached = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).map((request) => new URL(request.url).pathname.split("/").pop());
    }, ours[0]);
    const built = (await readdir(DIST)).filter((file) => file !== "sw.js");
    assert.deepEqual([...cached].sort(), [...built].sort());

    await context.setOffline(true);
    const again = await page.reload();
    assert.equal(again.fromServiceWorker(), true, "the page came from the service worker");
    await ready(page);
    await expectValue(page, "meta.agency", "某某县某某局");
    await expectValue(page, "requests.received.total", "4");
    // Still editing and saving, and exporting through the worker, with no network.
    await typeInto(page, "requests.received.commercial", "2");
    await expectValue(page, "requests.received.total", "6");
    await waitSaved(page);
    await exportWordAnyway(page);

    await site.assertClean({ ignore: /ERR_INTERNET_DISCONNECTED/ });
  } finally {
    await site.close();
  }
});

test("a new deployment is offered, taken only when the user agrees, with the draft and other apps' caches kept", async () => {
  // A copy of the build, to deploy a new version over.
  const dist = await mkdtemp(join(tmpdir(), "nianbao-deploy-"));
  await cp(DIST, dist, { recursive: true });
  const site = await openSite({ dist });
  const { page } = site;
  try {
    await page.goto(site.url());
    await ready(page);
    await typeInto(page, "requests.received.natural_person", "5");
    await waitSaved(page);
    await waitOffline(page);
    // Another app of the portal's origin has its own cache.
    await page.evaluate(async () => {
      const cache = await caches.open("portal-news-v3");
      await cache.put("/news/today.json", new Response("[]"));
    });
    await page.evaluate(() => (window.__same_page = true));

    // The new version: a file changed (boot.js: index.html holds no integrity hash for it), and
    // embed.js and the service worker written again by the build step.
    await appendFile(join(dist, "boot.js"), '\ndocument.documentElement.dataset.build = "2";\n');
    await run("bash", [OFFLINE_FILES, dist]);

    // Found when the tab is looked at again (here: asked directly).
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const prompt = page.getByRole("button", { name: "新版本可用，点击更新" });
    await prompt.waitFor();
    // Nothing reloaded by itself, and the old version still runs.
    assert.equal(await page.evaluate(() => window.__same_page), true);
    const build = () => page.evaluate(() => document.documentElement.dataset.build ?? "");
    assert.equal(await build(), "");

    // An edit made a moment before agreeing is not lost to the reload.
    await typeInto(page, "requests.received.commercial", "3");
    await Promise.all([page.waitForEvent("load"), prompt.click()]);
    await ready(page);
    assert.equal(await page.evaluate(() => window.__same_page), undefined, "the page was reloaded");
    assert.equal(await build(), "2", "the new version runs");
    await expectValue(page, "requests.received.natural_person", "5");
    await expectValue(page, "requests.received.commercial", "3");
    await expectValue(page, "requests.received.total", "8");

    const names = await cacheNames(page);
    assert.ok(names.includes("portal-news-v3"), `another app's cache is kept: ${names}`);
    // This version's, and the one before for tabs still on it (the next update drops it).
    assert.equal(versions(names).length, 2, `ours: ${names}`);
    await site.assertClean();
  } finally {
    await site.close();
    await rm(dist, { recursive: true, force: true });
  }
});

/**
 * Makes `dir` (a copy of a build) a new version whose export worker changed, as a new build would:
 * the worker's files back under Trunk's names, one of them changed, and the build step run again
 * (which hashes them anew).
 */
async function newWorkerVersion(dir) {
  const files = await readdir(dir);
  const hashed = (pattern) => files.find((file) => pattern.test(file));
  const loader = hashed(/^nianbao-worker-loader-[0-9a-f]+\.js$/);
  const glue = hashed(/^nianbao-worker-[0-9a-f]+\.js$/);
  const wasm = hashed(/^nianbao-worker-[0-9a-f]+_bg\.wasm$/);
  await rename(join(dir, glue), join(dir, "nianbao-worker.js"));
  await rename(join(dir, wasm), join(dir, "nianbao-worker_bg.wasm"));
  const text = (await readFile(join(dir, loader), "utf8")).replace(glue, "nianbao-worker.js").replace(wasm, "nianbao-worker_bg.wasm");
  await writeFile(join(dir, "nianbao-worker-loader.js"), `${text}\n// version 2\n`);
  await rm(join(dir, loader));
  const index = await readFile(join(dir, "index.html"), "utf8");
  await writeFile(join(dir, "index.html"), index.replace(/data-nianbao-worker="[^"]*" /, ""));
  await appendFile(join(dir, "boot.js"), '\ndocument.documentElement.dataset.build = "2";\n');
  await run("bash", [OFFLINE_FILES, dir]);
  return { before: loader, after: (await readdir(dir)).find((file) => /^nianbao-worker-loader-[0-9a-f]+\.js$/.test(file)) };
}

test("a tab left on the old version after another tab updated, twice deployed, still exports with its own version's worker", async () => {
  const dist = await mkdtemp(join(tmpdir(), "nianbao-tabs-"));
  await cp(DIST, dist, { recursive: true });
  const site = await openSite({ dist });
  const { page, context } = site;
  try {
    await page.goto(site.url());
    await ready(page);
    await waitOffline(page);
    const other = await context.newPage();
    await other.goto(site.url());
    await ready(other);
    await typeInto(other, "meta.agency", "某某县某某局");
    await waitSaved(other);

    // Two deployments before anyone agrees: the second's worker waits in place of the first's.
    const { before, after: skipped } = await newWorkerVersion(dist);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const prompt = page.getByRole("button", { name: "新版本可用，点击更新" });
    await prompt.waitFor();
    const { after } = await newWorkerVersion(dist);
    assert.ok(before !== skipped && skipped !== after, "each build's worker has a new name");
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      // Until the third version has installed and waits.
      while (registration.installing) await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await Promise.all([page.waitForEvent("load"), prompt.click()]);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.build), "2");

    // The other tab still runs the first version: its export loads that version's worker.
    assert.equal(await other.evaluate(() => document.documentElement.dataset.build ?? ""), "");
    const asked = [];
    other.on("request", (request) => asked.push(new URL(request.url()).pathname.split("/").pop()));
    await exportWordAnyway(other);
    assert.ok(asked.includes(before), `the old worker: ${asked}`);
    assert.ok(!asked.includes(after) && !asked.includes(skipped), `not a newer one: ${asked}`);
    await site.assertClean();
  } finally {
    await site.close();
    await rm(dist, { recursive: true, force: true });
  }
});

test("a version deployed between a first visit's load and its worker's install is offered, never mixed in", async () => {
  // The page runs version A; by the time its worker installs, the host holds B, whose glue has
  // another name. A's page must not run on with B's cache (B's export worker, say).
  const a = await mkdtemp(join(tmpdir(), "nianbao-a-"));
  const b = await mkdtemp(join(tmpdir(), "nianbao-b-"));
  await cp(DIST, a, { recursive: true });
  await cp(DIST, b, { recursive: true });
  const glue = (await readdir(b)).find((file) => /^nianbao-app-.*\.js$/.test(file));
  const renamed = glue.replace(/\.js$/, "b.js");
  await rename(join(b, glue), join(b, renamed));
  await writeFile(join(b, "index.html"), (await readFile(join(b, "index.html"), "utf8")).replaceAll(glue, renamed));
  await appendFile(join(b, "boot.js"), '\ndocument.documentElement.dataset.build = "B";\n');
  await run("bash", [OFFLINE_FILES, b]);

  const site = await openSite({ dist: b });
  const { page } = site;
  try {
    // The page's own requests get A; the worker's install, which the page does not make, gets B.
    await page.route(`**${APP_PATH}**`, async (route) => {
      const file = new URL(route.request().url()).pathname.slice(APP_PATH.length) || "index.html";
      // (Playwright takes the type from the file's extension.)
      await route.fulfill({ path: join(a, file), headers: { "content-security-policy": CSP } });
    });
    await page.goto(site.url());
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.build ?? ""), "", "the page runs A");
    await typeInto(page, "requests.received.natural_person", "2");
    await waitSaved(page);
    const prompt = page.getByRole("button", { name: "新版本可用，点击更新" });
    await prompt.waitFor();
    await page.unroute(`**${APP_PATH}**`);
    await Promise.all([page.waitForEvent("load"), prompt.click()]);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.build), "B");
    await expectValue(page, "requests.received.total", "2");
  } finally {
    await site.close();
    await rm(a, { recursive: true, force: true });
    await rm(b, { recursive: true, force: true });
  }
});

test("on plain HTTP under an intranet name there is no service worker, and the app works and says nothing", async () => {
  const site = await openSite({
    args: ["--host-resolver-rules=MAP nianbao.intranet 127.0.0.1"],
    origin: "http://nianbao.intranet",
  });
  const { page } = site;
  try {
    await page.goto(site.url());
    await ready(page);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(await page.evaluate(() => "serviceWorker" in navigator), false);
    await typeInto(page, "requests.received.natural_person", "2");
    await expectValue(page, "requests.received.total", "2");
    await waitSaved(page);
    await page.reload();
    await ready(page);
    await expectValue(page, "requests.received.total", "2");
    assert.equal(await page.locator(".notice, .banner, .update-prompt").count(), 0, "no message");
    await site.assertClean();
  } finally {
    await site.close();
  }
});

test("the app can be installed: Chromium finds nothing missing in its manifest", async () => {
  // Installability is not judged in an incognito context: a persistent one, on a fresh profile.
  const { chromium } = await import("playwright-core");
  const { serveStatic } = await import("./static-server.mjs");
  const profile = await mkdtemp(join(tmpdir(), "nianbao-profile-"));
  const server = await serveStatic(null, { mounts: { [APP_PATH]: DIST } });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
    locale: "zh-CN",
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url.replace(/\/$/, "")}${APP_PATH}`);
    await ready(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      return (await fetch(link.href)).json();
    });
    assert.equal(manifest.short_name, "年报");
    assert.equal(manifest.display, "standalone");
    assert.equal(manifest.start_url, "./");
    assert.equal(manifest.scope, "./");
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await eventually(
      () => cdp.send("Page.getInstallabilityErrors"),
      (result) => result.installabilityErrors.length === 0,
      { timeout: 8000, every: 250 },
    );
    assert.deepEqual(installabilityErrors, []);
    const { url, errors } = await cdp.send("Page.getAppManifest");
    assert.ok(url.endsWith(`${APP_PATH}manifest.webmanifest`), url);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
