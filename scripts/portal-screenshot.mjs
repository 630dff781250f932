#!/usr/bin/env node
// A screenshot of examples/portal.html with its two embedded editors (docs/portal-1366.png), to
// look at what a portal's visitor sees: the portal's own look around, the editors' inside.
//
//   node scripts/portal-screenshot.mjs [output folder, default docs/]
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { openSite } from "../tests/e2e/site.mjs";

const OUT = process.argv[2] ?? fileURLToPath(new URL("../docs/", import.meta.url));
const site = await openSite({ portal: fileURLToPath(new URL("../examples/", import.meta.url)) });
try {
  const { page } = site;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(site.url("/portal/portal.html"));
  await page.waitForFunction(() =>
    [...document.querySelectorAll("nianbao-editor")].every((e) => e.shadowRoot?.querySelector("[data-path]")),
  );
  const path = join(OUT, "portal-1366.png");
  await page.screenshot({ path });
  // The second editor's start: its heading on the portal's page, the fixed 机关 and 年度.
  await page.evaluate(() => document.querySelector("#editor-b").previousElementSibling.scrollIntoView());
  const second = join(OUT, "portal-1366-second.png");
  await page.screenshot({ path: second });
  console.log(`written: ${path}, ${second}`);
} finally {
  await site.close();
}
