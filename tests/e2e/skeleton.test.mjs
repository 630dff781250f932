// The release build opens in Chromium and shows the report's skeleton in the official order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp } from "./browser.mjs";

const HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

test("the page has its Chinese title and the six section headings in order", async () => {
  const app = await openApp();
  try {
    assert.equal(await app.page.title(), "年报 · 政府信息公开工作年度报告");
    await app.page.locator("h2").first().waitFor();
    assert.deepEqual(await app.page.locator("article.report section h2").allTextContents(), HEADINGS);
    assert.equal(await app.page.getAttribute("html", "lang"), "zh-CN");
  } finally {
    await app.close();
  }
});

test("nothing is fetched from anywhere but the page's own host", async () => {
  const app = await openApp();
  try {
    await app.page.locator("h2").first().waitFor();
    await app.page.waitForLoadState("networkidle");
    const foreign = app.requests.filter((url) => !url.startsWith(app.server.url));
    assert.deepEqual(foreign, []);
  } finally {
    await app.close();
  }
});
