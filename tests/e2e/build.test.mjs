// The release build's files as the post-build step leaves them (scripts/post-build.sh): every
// integrity hash in index.html is that of the file as shipped, after the module's imports were
// renamed and the glue minified; and the module asks for no import the glue does not give.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST } from "./browser.mjs";

test("every integrity hash in index.html is that of the file shipped", async () => {
  const index = await readFile(join(DIST, "index.html"), "utf8");
  const links = [...index.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => tag.includes("integrity="));
  assert.ok(links.length >= 3, `expected the style sheet, glue and module to be preloaded with integrity: ${links}`);
  for (const tag of links) {
    const href = tag.match(/href="?(?:\.\/)?([^" >]+)/)[1];
    const integrity = tag.match(/integrity="?([^" >]+)/)[1];
    const file = await readFile(join(DIST, href));
    assert.equal(integrity, `sha384-${createHash("sha384").update(file).digest("base64")}`, href);
  }
});

test("the app module's imports and hashed exports have short names, imports given by the glue", async () => {
  const index = await readFile(join(DIST, "index.html"), "utf8");
  const glueName = index.match(/data-nianbao-js="?(?:\.\/)?([^" >]+)/)[1];
  const wasmName = index.match(/data-nianbao-wasm="?(?:\.\/)?([^" >]+)/)[1];
  const glue = await readFile(join(DIST, glueName), "utf8");
  const module = await WebAssembly.compile(await readFile(join(DIST, wasmName)));
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 100, `${imports.length} imports`);
  for (const { name } of imports) {
    assert.ok(name.length <= 4, `import ${name} kept its long name`);
    assert.match(glue, new RegExp(`[{,]${name}:`), `the glue gives no ${name}`);
  }
  assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}\b/, "a long import name is left in the glue");
  // The closures' entry points, exported under a hash, too.
  for (const { name } of WebAssembly.Module.exports(module)) {
    assert.doesNotMatch(name, /_h[0-9a-f]{16}(_\d+)?$/, `export ${name} kept its long name`);
  }
});
