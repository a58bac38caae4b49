/**
 * How a holder's new entries are counted: a Map's key and value are one entry, also when the
 * two groups differ by an entry made before the baseline, and also when both are strings.
 */

import { boundedNote, entryUnit } from "../../heap/analysis/suspects.ts";
import type { GrowthRecord } from "../../heap/analysis/growth.ts";
import type { SnapshotAnalysis } from "../../heap/analysis/analyze.ts";
import { assertEquals } from "../support/assert.ts";

const after = { groups: { names: ["{id, op, startedAt}", "(string)"] } } as SnapshotAnalysis;

function unit(entryGroups: [number, number][], keyEntries = 0) {
  const newEntries = entryGroups.reduce((n, [, c]) => n + c, 0);
  const r = { entryGroups, newEntries, keyEntries } as unknown as GrowthRecord;
  const u = entryUnit(r, "map", after);
  return [u.name, u.count(newEntries)];
}

Deno.test("entry unit: a Map's string keys and object values are pairs", () => {
  assertEquals(unit([[0, 200], [1, 200]]), ["(string) → {id, op, startedAt}", 200]);
  // One value more than keys (a key string made before the baseline): still pairs.
  assertEquals(unit([[0, 201], [1, 200]]), ["(string) → {id, op, startedAt}", 201]);
  // Far apart: not pairs.
  assertEquals(unit([[0, 300], [1, 100]])[1], 400);
});

Deno.test("entry unit: the pair reads from the group in the table's key slots, strings or not", () => {
  const r = (keyGroup: number) =>
    ({
      entryGroups: [[0, 200], [1, 200]],
      newEntries: 400,
      keyEntries: 200,
      keyGroup,
    }) as unknown as GrowthRecord;
  // Props objects as keys, rendered HTML strings as values.
  assertEquals(entryUnit(r(0), "map", after).name, "{id, op, startedAt} → (string)");
  assertEquals(entryUnit(r(1), "map", after).name, "(string) → {id, op, startedAt}");
});

Deno.test("entry unit: a Map of strings to strings counts its keys' slots as half", () => {
  assertEquals(unit([[1, 800]], 400), ["(string) → (string)", 400]);
  assertEquals(unit([[1, 800]]), ["(string)", 800]);
});

Deno.test("entry unit: a Map whose table shows new keys pairs its two groups however far apart", () => {
  // 200 new keys and 203 values (three under keys the baseline had).
  assertEquals(unit([[0, 203], [1, 200]], 200), ["(string) → {id, op, startedAt}", 202]);
});

Deno.test("entry unit: a Map keyed by objects of several classes counts its key slots", () => {
  const proxies = {
    groups: { names: ["system / JSProxy", "OrderLine", "Order"] },
  } as SnapshotAnalysis;
  const r = {
    entryGroups: [[0, 400], [1, 300], [2, 100]],
    newEntries: 800,
    keyEntries: 400,
  } as unknown as GrowthRecord;
  const u = entryUnit(r, "map", proxies);
  assertEquals([u.name, u.count(800)], ["OrderLine and others → system / JSProxy", 400]);
  // Without key slots in its table to say so, no pairs.
  const none = entryUnit({ ...r, keyEntries: 0 }, "map", proxies);
  assertEquals(none.count(800), 800);
});

Deno.test("bounded note: the program's collections that took the most new entries, named", () => {
  const steps = (name: string) => [
    { node: "system / Context", nodeId: 1 },
    { node: "Array", nodeId: 2, edge: name, edgeType: "context" },
  ];
  const record = (name: string, newEntries: number, entries: number, newBytes = 0) =>
    ({
      holderName: "Array",
      newEntries,
      entries,
      newBytes,
      path: { root: "module", steps: steps(name) },
    }) as unknown as GrowthRecord;
  const note = boundedNote([
    { record: record("recent", 40, 25), before: 25 },
    { record: record("wrapUps", 200, 25, 431_000), before: 25 },
  ], []);
  // What the new entries still there keep, when it is not a few bytes.
  assertEquals(
    note,
    "took new entries but stayed the same size (not leaking): wrapUps (Array, 25 → 25 " +
      "entries, 200 new, the new ones keep 420.9 KB); recent (Array, 25 → 25 entries, 40 new)",
  );
  assertEquals(boundedNote([], []), undefined);
});
