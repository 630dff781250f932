// A tiny static file server for the release build (dist/), so the end-to-end tests and the
// benchmarks see the app exactly as a plain static host serves it. No dependencies.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Serves `root` on 127.0.0.1 at `port` (a free one by default); resolves to { url, port, close }. `headers` are sent
 * with every response (a Content-Security-Policy, as a portal's server sends it). `mounts` maps
 * URL folders to other directories ({ "/tools/nianbao/": dist }), as a portal serves the app
 * under a sub-path beside its own pages.
 */
export async function serveStatic(root, { headers = {}, mounts = {}, port: wanted = 0 } = {}) {
  const places = [
    ...Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]),
    ...(root ? [["/", resolve(root)]] : []),
  ];
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const place = places.find(([prefix]) => pathname.startsWith(prefix));
    if (!place) {
      response.writeHead(404).end("not found");
      return;
    }
    const [prefix, base] = place;
    let file = normalize(join(base, pathname.slice(prefix.length)));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((done) => server.listen(wanted, "127.0.0.1", done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () => new Promise((done) => server.close(done)),
  };
}
