/**
 * Two heap snapshots (paths in its arguments) around 200 rounds of a rendered-badge cache: a
 * Map of WeakRefs and a FinalizationRegistry to drop its keys, beside a strong index by digest
 * that nothing empties. The WeakRefs and the registrations grow only because the index keeps
 * their targets alive.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const badges = new Map();
const byDigest = new Map();
const dropped = new FinalizationRegistry((key) => badges.delete(key));

function render(i) {
  const badge = { id: `b-${i}`, svg: `<svg>${"p".repeat(200)}${i}</svg>`, digest: `d${i}` };
  badges.set(badge.id, new WeakRef(badge));
  dropped.register(badge, badge.id);
  byDigest.set(badge.digest, badge); // INDEX
}

const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
for (let i = 0; i < 30; i++) render(i);
writeHeapSnapshot(before);
for (let i = 30; i < 230; i++) render(i);
writeHeapSnapshot(after);
