// Serves dist/ at /tools/nianbao/ and examples/ at /portal/ with the strict policy, on the port
// given (scripts/portal.sh).
import { fileURLToPath } from "node:url";
import { serveStatic } from "../tests/e2e/static-server.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
await serveStatic(null, {
  headers: { "content-security-policy": CSP },
  mounts: { "/tools/nianbao/": here("../dist/"), "/portal/": here("../examples/") },
  port: Number(process.argv[2] ?? 8081),
});
