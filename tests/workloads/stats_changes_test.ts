/**
 * Stats readings: numeric leaves by dotted path, and what changed between two readings.
 */

import { numericLeaves, statChanges } from "../../workloads/mod.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("stats: numeric leaves by dotted path; arrays count their length", () => {
  assertEquals(
    numericLeaves({ a: 1, b: { c: 2, d: "x" }, list: [1, 2, 3], ok: true }),
    { a: 1, "b.c": 2, "list.length": 3 },
  );
});

Deno.test("stats: a short array of objects gives each one's fields, by its name or index", () => {
  assertEquals(
    numericLeaves({
      printers: [{ name: "counter-1", spooled: 17 }, { name: "deli", spooled: 0 }],
      workers: [{ busy: 2 }, { busy: 0, id: 7 }],
      many: Array.from({ length: 30 }, () => ({ n: 1 })),
    }),
    {
      "printers.length": 2,
      "printers[counter-1].spooled": 17,
      "printers[deli].spooled": 0,
      "workers.length": 2,
      "workers[0].busy": 2,
      "workers[7].busy": 0,
      "workers[7].id": 7,
      "many.length": 30,
    },
  );
  // A top-level array (a list endpoint) reads the same way.
  assertEquals(numericLeaves([{ id: "a", size: 3 }]), { length: 1, "[a].size": 3 });
});

Deno.test("stats changes: only fields seen before that moved; nothing on a first reading", () => {
  const first = statChanges(undefined, { a: 1, b: { c: 2 } });
  assertEquals(first, { leaves: { a: 1, "b.c": 2 }, changes: [] });
  const next = statChanges({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 5 }, d: 7 });
  assertEquals(next.changes, [{ key: "b.c", before: 2, after: 5, delta: 3 }]);
  assertEquals(next.leaves, { a: 1, "b.c": 5, d: 7 });
});
