// The build step that fails a build whose index.html a strict Content-Security-Policy would
// refuse (scripts/check-index.sh), on index.html files written for the purpose: minified and not,
// upper case, split over lines, in comments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CHECK = fileURLToPath(new URL("../../scripts/check-index.sh", import.meta.url));

function check(file) {
  return new Promise((resolve) => {
    execFile("bash", [CHECK, file], (error, _stdout, stderr) => resolve({ code: error ? error.code : 0, stderr }));
  });
}

const ACCEPTED = {
  "the release build's minified page": "<!doctype html><html lang=zh-CN><script data-nianbao-js=./a.js src=./boot.js type=module></script><link href=./app.css rel=stylesheet><link href=icon.svg rel=icon>",
  "quoted attributes, and markup in a comment": '<!-- <script>x</script> style="a" href="data:," -->\n<script type="module" src="./boot.js"></script>',
};

const REFUSED = {
  "an inline script in upper case": ["<SCRIPT>alert(1)</SCRIPT>", "内联脚本"],
  "data-src is not src": ['<script data-src="x.js">go()</script>', "内联脚本"],
  "a script tag split over lines": ["<script\n type=module>go()</script>", "内联脚本"],
  "an event-handler attribute": ["<body onload=go()>", "事件属性"],
  "a javascript: link": ['<a href="javascript:go()">x</a>', "javascript:"],
  "an unquoted data: URL": ["<link rel=icon href=data:,>", "data:"],
  "a style attribute in upper case": ['<div STYLE="color:red">', "style="],
  "a style element": ["<style>p{}</style>", "<style>"],
};

test("check-index.sh accepts pages with no inline code and refuses each kind a strict policy blocks", async () => {
  const dir = await mkdtemp(join(tmpdir(), "nianbao-index-"));
  try {
    for (const [name, html] of Object.entries(ACCEPTED)) {
      const file = join(dir, "index.html");
      await writeFile(file, html);
      const { code, stderr } = await check(file);
      assert.equal(code, 0, `${name}: ${stderr}`);
    }
    for (const [name, [html, said]] of Object.entries(REFUSED)) {
      const file = join(dir, "index.html");
      await writeFile(file, html);
      const { code, stderr } = await check(file);
      assert.equal(code, 1, name);
      assert.ok(stderr.includes(said), `${name}: ${stderr}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
