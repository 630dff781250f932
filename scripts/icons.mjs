// Draws the app's PNG icons (web/icon-192.png, web/icon-512.png, for the web app manifest) from
// web/icon.svg with Debian's Chromium; the PNGs are committed, so a build needs no browser. Run
// again after changing icon.svg:  node scripts/icons.mjs
import { readFile } from "node:fs/promises";
import { launchChromium } from "../tests/e2e/browser.mjs";

const web = new URL("../web/", import.meta.url);
const svg = await readFile(new URL("icon.svg", web), "utf8");
const browser = await launchChromium();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
    await page.screenshot({ path: new URL(`icon-${size}.png`, web).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
