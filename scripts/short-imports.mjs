// Part of Trunk's post-build step (scripts/post-build.sh), before the glue is minified: gives the
// app module's imports short names, in the module and in its JavaScript glue alike.
//
// wasm-bindgen names every import after its function and a 16-digit hash
// (__wbg_getItem_f2a0d5b1c8e94e07); some 200 such names, each written in the module's import
// section and again in the glue's import object, are random digits that gzip cannot shrink:
// about 5.8 KB of the first load's 250 KB budget. The names mean nothing at run time, only the
// two files must agree, so each becomes a short one (a_, b_, … ab_, …). Exports keep their names
// (__wbindgen_malloc), but for those named with a hash too (the closures' entry points,
// wasm_bindgen__convert__closures_____invoke__h4a96dd2f26cd2bb9).
//
// Usage: node scripts/short-imports.mjs <build folder>. Rewrites the glue and the module named
// by index.html's data-nianbao-js / data-nianbao-wasm, and the module's preload integrity.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function main() {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) fail("缺少构建目录");
  const indexPath = join(dir, "index.html");
  const index = readFileSync(indexPath, "utf8");
  const attribute = (name) => {
    const found = index.match(new RegExp(`${name}="?(?:\\./)?([^" >]+)`));
    if (!found) fail(`在 ${indexPath} 中找不到 ${name}`);
    return found[1];
  };
  const gluePath = join(dir, attribute("data-nianbao-js"));
  const wasmName = attribute("data-nianbao-wasm");
  const wasmPath = join(dir, wasmName);

  const module = readFileSync(wasmPath);
  const glue = readFileSync(gluePath, "utf8");
  const { bytes, renamed } = renameImports(module, (name) => /^__wbg|^__wbindgen/.test(name));

  let newGlue = glue;
  for (const [long, short] of renamed) {
    // Whole identifiers only: one import's name never contains another's with its hash.
    const pattern = new RegExp(`(?<![\\w$])${escape(long)}(?![\\w$])`, "g");
    const count = (newGlue.match(pattern) ?? []).length;
    if (count === 0) fail(`胶水代码中没有 ${long}`);
    newGlue = newGlue.replace(pattern, short);
  }
  writeFileSync(wasmPath, bytes);
  writeFileSync(gluePath, newGlue);

  // The module's preload link carries Trunk's integrity of the module as it was.
  const integrity = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  const link = new RegExp(
    `(<link\\b[^>]*href="?(?:\\./)?${escape(wasmName)}[^>]*integrity=)"?sha384-[A-Za-z0-9+/=]+"?`,
  );
  if (!link.test(index)) fail(`在 ${indexPath} 中找不到 ${wasmName} 的 integrity`);
  writeFileSync(indexPath, index.replace(link, `$1"${integrity}"`));
  console.error(`[nianbao] ${renamed.size} 个导入、导出改用短名`);
}

/** The module with the imports that `wanted` accepts renamed, and the names given. */
function renameImports(module, wanted) {
  const reader = new Reader(module);
  const out = [module.subarray(0, 8)];
  reader.at = 8;
  const renamed = new Map();
  while (reader.at < module.length) {
    const id = reader.byte();
    const size = reader.u32();
    const end = reader.at + size;
    if (id === 7) {
      out.push(Uint8Array.of(id), ...renameExports(reader, end, renamed));
      continue;
    }
    if (id !== 2) {
      out.push(Uint8Array.of(id), leb(size), module.subarray(reader.at, end));
      reader.at = end;
      continue;
    }
    const parts = [];
    const count = reader.u32();
    parts.push(leb(count));
    for (let i = 0; i < count; i++) {
      const from = reader.name();
      let field = reader.name();
      if (wanted(field)) {
        if (renamed.has(field)) fail(`导入 ${field} 重复`);
        const short = shortName(renamed.size);
        renamed.set(field, short);
        field = short;
      }
      const start = reader.at;
      reader.importDescription();
      parts.push(encodeName(from), encodeName(field), module.subarray(start, reader.at));
    }
    if (reader.at !== end) fail("导入段的长度不符");
    const body = Buffer.concat(parts);
    out.push(Uint8Array.of(id), leb(body.length), body);
  }
  return { bytes: Buffer.concat(out), renamed };
}

/** The export section from `reader` to `end`, its hashed names renamed: its size and body. */
function renameExports(reader, end, renamed) {
  const parts = [];
  const count = reader.u32();
  parts.push(leb(count));
  for (let i = 0; i < count; i++) {
    let name = reader.name();
    if (/_h[0-9a-f]{16}(_\d+)?$/.test(name)) {
      const short = shortName(renamed.size);
      renamed.set(name, short);
      name = short;
    }
    const start = reader.at;
    reader.byte();
    reader.u32();
    parts.push(encodeName(name), reader.bytes.subarray(start, reader.at));
  }
  if (reader.at !== end) fail("导出段的长度不符");
  const body = Buffer.concat(parts);
  return [leb(body.length), body];
}

/** a … z, then aa, ab, …: valid JavaScript property names, never a reserved one. */
function shortName(n) {
  let name = "";
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  // Two letters could spell a keyword (do, if, in); a trailing underscore rules every one out.
  return `${name}_`;
}

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }
  byte() {
    if (this.at >= this.bytes.length) fail("模块意外结束");
    return this.bytes[this.at++];
  }
  u32() {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
  }
  name() {
    const length = this.u32();
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
  limits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
  /** Skips an import's description (function, table, memory, global or tag). */
  importDescription() {
    const kind = this.byte();
    if (kind === 0) this.u32();
    else if (kind === 1) {
      this.byte();
      this.limits();
    } else if (kind === 2) this.limits();
    else if (kind === 3) {
      this.byte();
      this.byte();
    } else if (kind === 4) {
      this.byte();
      this.u32();
    } else fail(`未知的导入类型 ${kind}`);
  }
}

function leb(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Uint8Array.from(out);
}

function encodeName(text) {
  const bytes = new TextEncoder().encode(text);
  return Buffer.concat([leb(bytes.length), bytes]);
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function fail(message) {
  console.error(`[nianbao] ${message}`);
  process.exit(1);
}

main();
