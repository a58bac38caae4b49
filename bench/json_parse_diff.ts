/**
 * The classic way, for the benchmark: read each whole snapshot as one string, `JSON.parse`
 * it, group nodes by constructor (objects and closures by name, the rest by type), diff. Fails on files past V8's string limit.
 *
 * Usage: deno run --allow-read bench/json_parse_diff.ts <before> [after]
 *
 * @module
 */

type Groups = Map<string, { count: number; size: number }>;

async function groups(file: string): Promise<Groups> {
  const snap = JSON.parse(await Deno.readTextFile(file));
  const meta = snap.snapshot.meta;
  const fields: string[] = meta.node_fields;
  const types: string[] = meta.node_types[0];
  const [t, n, s] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const nodes: number[] = snap.nodes;
  const strings: string[] = snap.strings;
  const out: Groups = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    // By constructor like DevTools' summary: objects and closures by name, the rest by type.
    const type = types[nodes[i + t]];
    const key = type === "object" || type === "closure" ? strings[nodes[i + n]] : `(${type})`;
    const g = out.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += nodes[i + s];
    out.set(key, g);
  }
  return out;
}

const started = performance.now();
const all: Groups[] = [];
for (const f of Deno.args) {
  all.push(await groups(f));
  // Fair to the classic way: drop the first parsed file before reading the second.
  (globalThis as { gc?: () => void }).gc?.();
}
const [before, after = before] = all;
const rows = [...after].map(([k, g]) => [k, g.count - (before.get(k)?.count ?? 0)] as const);
rows.sort((a, b) => b[1] - a[1]);
console.log(
  JSON.stringify({ seconds: (performance.now() - started) / 1000, top: rows.slice(0, 5) }),
);
