// Under the strict Content-Security-Policy a government portal sends (issue 9), the app starts,
// edits, keeps drafts, exports through its worker and prints, with no violation reported.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { SAMPLES, editorTest, expectValue, exportItem, typeInto, waitSaved } from "./helpers.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

editorTest(
  "under default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' nothing is refused",
  {
    headers: { "content-security-policy": CSP },
    async beforeLoad(context) {
      await context.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (event) => {
          window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
    },
  },
  async ({ page }) => {
    // The editor started: its cells are there and take input.
    await typeInto(page, "requests.received.natural_person", "3");
    await expectValue(page, "requests.received.total", "3");
    await typeInto(page, "meta.agency", "某某局");
    await waitSaved(page);
    await page.locator("#import-json").setInputFiles(`${SAMPLES}/八卦洲街道_2021.json`);
    await expectValue(page, "meta.agency", JSON.parse(await readFile(`${SAMPLES}/八卦洲街道_2021.json`, "utf8")).meta.agency);
    // The export worker loads and writes under the policy too.
    const item = await exportItem(page, "Word 文档");
    const [download] = await Promise.all([page.waitForEvent("download"), item.click()]);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
    await page.emulateMedia({ media: "print" });
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  },
);
