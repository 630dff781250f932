#!/usr/bin/env node
// Measures the second visit (issue 9): after one visit, how soon a reload served by the service
// worker reaches an editor that takes input, online and with the network off. The build is served
// under /tools/nianbao/ with the strict policy, as on a portal. Prints figures beside the budget;
// asserts nothing.
//
//   node scripts/bench-offline.mjs [--json]        (NIANBAO_DIST=… measures another build)
import os from "node:os";
import { openSite, waitOffline } from "../tests/e2e/site.mjs";

const RELOADS = 15;
const BUDGET_MS = 150;

function quantile(values, q) {
  const xs = [...values].sort((a, b) => a - b);
  const at = (xs.length - 1) * q;
  const [lo, hi] = [Math.floor(at), Math.ceil(at)];
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}

/** Reloads `page` and returns when the editor took input, in ms from navigation start. */
async function reload(page) {
  const response = await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName("nianbao-ready").length > 0);
  const ready = await page.evaluate(() => performance.getEntriesByName("nianbao-ready")[0].startTime);
  return { ready, fromServiceWorker: response.fromServiceWorker() };
}

const site = await openSite();
const { page, context } = site;
const runs = {};
try {
  await page.goto(site.url());
  await page.waitForFunction(() => performance.getEntriesByName("nianbao-ready").length > 0);
  const first = await page.evaluate(() => performance.getEntriesByName("nianbao-ready")[0].startTime);
  await waitOffline(page);
  // One unmeasured reload: the first from the cache pays for compiling the module once more.
  await reload(page);
  for (const [name, offline] of [["online, from the service worker", false], ["network off", true]]) {
    // Only ever switched off: a setOffline(false) sometimes sends the next reload past the worker.
    if (offline) await context.setOffline(true);
    const times = [];
    for (let i = 0; i < RELOADS; i += 1) {
      const { ready, fromServiceWorker } = await reload(page);
      if (!fromServiceWorker) throw new Error(`reload ${i + 1} (${name}) did not come from the service worker`);
      times.push(ready);
    }
    runs[name] = times;
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, times]) => [
      name,
      { median: quantile(times, 0.5), p95: quantile(times, 0.95), min: Math.min(...times), max: Math.max(...times) },
    ]),
  );
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ first, summary, cpus: os.cpus().length, load: os.loadavg()[0] }));
  } else {
    console.log(`machine: ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`);
    console.log(`first visit (network, for comparison): editor ready at ${first.toFixed(1)} ms`);
    for (const [name, s] of Object.entries(summary)) {
      const verdict = s.median <= BUDGET_MS ? "within budget" : "OVER BUDGET";
      console.log(
        `second visit, ${name}, ${RELOADS} reloads (budget ${BUDGET_MS} ms): median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)}, min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}  [${verdict}]`,
      );
    }
  }
} finally {
  await site.close();
}
