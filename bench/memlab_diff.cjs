// The memlab way, for the benchmark: load each snapshot with memlab's getFullHeapFromFile
// (under Node), then group nodes by constructor and diff the groups.
// Usage: node memlab_diff.cjs <memlab node_modules dir> <before> [after]
"use strict";
const path = require("node:path");

const [modules, ...files] = process.argv.slice(2);
const { getFullHeapFromFile } = require(path.join(modules, "@memlab/heap-analysis"));

async function groups(file) {
  const heap = await getFullHeapFromFile(file);
  const byName = new Map();
  heap.nodes.forEach((node) => {
    // By constructor like DevTools' summary: objects and closures by name, the rest by type.
    const key = node.type === "object" || node.type === "closure" ? node.name : `(${node.type})`;
    const g = byName.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += node.self_size;
    byName.set(key, g);
  });
  return byName;
}

(async () => {
  const started = Date.now();
  const all = [];
  for (const f of files) {
    all.push(await groups(f));
    // Fair to memlab: drop the first heap before loading the second.
    if (global.gc) global.gc();
  }
  const [before, after = before] = all;
  const rows = [...after].map(([k, g]) => [k, g.count - (before.get(k)?.count ?? 0)]);
  rows.sort((a, b) => b[1] - a[1]);
  console.log(JSON.stringify({ seconds: (Date.now() - started) / 1000, top: rows.slice(0, 5) }));
})().catch((e) => {
  console.error(String(e && e.stack || e));
  process.exit(1);
});
