/**
 * Growth, not churn: a table counted by its key in each snapshot (a timer pool, a registry,
 * the runtime's open handles of one class) grew when it gained entries at the rate a holder
 * must — over a long run a few more is a bounded pool filling (keep-alive sockets).
 */

import {
  addedBeside,
  backToSize,
  chainsToHeads,
  driftedBound,
  gainsOnClock,
  grew,
  treeNodes,
} from "../../heap/analysis/suspect_growth.ts";
import type { GrowthRecord } from "../../heap/analysis/growth.ts";
import type { SnapshotAnalysis } from "../../heap/analysis/analyze.ts";
import { assertEquals } from "../support/assert.ts";

/** A handle table's record with `active` entries in the target. */
function handles(active: number): GrowthRecord {
  return { rootTable: { key: "handles Socket", active } } as unknown as GrowthRecord;
}

Deno.test("a pooled table grew by the entries a holder needs: a few over a long run is a pool filling", () => {
  const none = {} as SnapshotAnalysis;
  const check = (active: number, cycles?: number) =>
    grew(handles(active), 10, 0, undefined, none, none, cycles);
  assertEquals(check(12, 400), false, "two more sockets over 400 cycles");
  assertEquals(check(30, 400), true, "one more every 20 cycles");
  assertEquals(check(12), true, "no cycle count: two more is growth");
  assertEquals(check(11), false);
});

Deno.test("a collection of small integers grew when its storage keeps pace with the cycles", () => {
  const baseline = { ids: Uint32Array.of(7) } as unknown as SnapshotAnalysis;
  const array = (storeBytes: number) =>
    ({
      holderId: 7,
      holderName: "Array",
      newEntries: 0,
      entries: 0,
      storeBytes,
      entryGroups: [],
    }) as unknown as GrowthRecord;
  const check = (storeBytes: number, cycles: number) =>
    grew(array(storeBytes), 0, 0, storeBytes, baseline, baseline, cycles);
  // A queue that backed up once and drained: 150 slots kept, nothing in them.
  assertEquals(check(1216, 400), false);
  // A number kept per cycle.
  assertEquals(check(8 * 400 + 16, 400), true);
  // A capped cache of objects, every entry turned over, whose table a rehash left twice as big.
  const churned = {
    ...array(7208),
    holderName: "Map",
    entries: 200,
    turnedOver: { entries: 200, entryGroups: [], count: 300, bytes: 8800, regionGroups: [] },
  };
  assertEquals(grew(churned, 200, 3624, 7208, baseline, baseline, 200), false);
  const someTurnedOver = { ...churned, turnedOver: { ...churned.turnedOver, entries: 20 } };
  assertEquals(grew(someTurnedOver, 200, 3624, 7208, baseline, baseline, 200), true);
});

Deno.test("a chain first met through a window of its newest links is the growth of the value at its head", () => {
  // The window held 10 entries at the baseline too, the lot 4.
  const before = {
    holderEntries: { ids: Uint32Array.of(5, 9), counts: Uint32Array.of(4, 10) },
  } as unknown as SnapshotAnalysis;
  const window = {
    holderId: 9,
    newEntries: 10,
    entries: 10,
    appendsToOld: true,
    appendLink: "previous",
    entryGroups: [[7, 10]],
    regionGroups: [[7, 800, 64_000]],
    regionShapes: [[3, 800]],
    newBytes: 64_000,
    newCount: 800,
    sharedWith: [[5, 1]],
  } as unknown as GrowthRecord;
  const head = {
    holderId: 5,
    newEntries: 1,
    entries: 4,
    appendsToOld: false,
    entryGroups: [[7, 1]],
    regionGroups: [[7, 1, 80]],
    regionShapes: [[3, 1]],
    newBytes: 80,
    newCount: 1,
  } as unknown as GrowthRecord;
  chainsToHeads([window, head], before);
  assertEquals(
    [head.appendsToOld, head.appendLink, head.regionGroups, head.newBytes, window.newBytes],
    [true, "previous", [[7, 801, 64_080]], 64_080, 0],
  );
});

Deno.test("back to its size is released only when too small to hold the new entries still alive", () => {
  // A batch flushed since: 120 new entries alive elsewhere, the batch empty again.
  assertEquals(backToSize({ entries: 150, newEntries: 120 }, 30, 0), true);
  // Storage only (no new entries): back to its size is enough.
  assertEquals(backToSize({ entries: 40, newEntries: 0 }, 20, 20), true);
  // An outbox with a backlog of 200 at the baseline, worked off since: 300 → 700 → 300, and the
  // 200 new events it keeps are among the 300.
  assertEquals(backToSize({ entries: 700, newEntries: 200 }, 300, 300), false);
  // Still bigger at the end: not back.
  assertEquals(backToSize({ entries: 150, newEntries: 120 }, 30, 31), false);
});

Deno.test("a capped buffer filling up is not growth: most of what it gained its cap turned over", () => {
  const baseline = { ids: Uint32Array.of(7) } as unknown as SnapshotAnalysis;
  const list = (newEntries: number, entries: number) =>
    ({
      holderId: 7,
      holderName: "Array",
      newEntries,
      entries,
      storeBytes: 0,
      entryGroups: [],
    }) as unknown as GrowthRecord;
  // 14 → 40 over 200 cycles, but only 9 of the 40 are new and alive at the end (a ring of 40).
  assertEquals(grew(list(9, 40), 14, 0, undefined, baseline, baseline, 200), false);
  // One kept a cycle.
  assertEquals(grew(list(200, 240), 40, 0, undefined, baseline, baseline, 200), true);
});

Deno.test("a linked list grew by the links a holder needs: a few over a long run is a free list at its peak", () => {
  // The elements' class (group 0): 7 alive at the baseline.
  const baseline = {
    ids: Uint32Array.of(7),
    groups: { keys: ["Task"], count: [7] },
  } as unknown as SnapshotAnalysis;
  const after = (alive: number) =>
    ({
      ids: Uint32Array.of(7),
      groups: { keys: ["Task"], count: [alive] },
    }) as unknown as SnapshotAnalysis;
  const chain = (links: number) =>
    ({
      holderId: 7,
      holderName: "Task",
      chain: true,
      newEntries: 0,
      entries: 0,
      storeBytes: 0,
      entryGroups: [[0, links]],
      regionGroups: [[0, links, links * 184]],
    }) as unknown as GrowthRecord;
  const check = (links: number, cycles?: number) =>
    grew(chain(links), 0, 0, undefined, baseline, after(7 + links), cycles);
  assertEquals(check(2, 200), false, "a task record pool two longer after 200 cycles");
  assertEquals(check(200, 200), true, "one link a cycle");
  assertEquals(check(2), true, "no cycle count: two more is growth");
  // With a final run of as many cycles: links gained on a clock, fewer than one per 20 cycles
  // in each run, are growth when the final run adds about as many again.
  const withFinal = (links: number, more: number) =>
    grew(chain(links), 0, 0, undefined, baseline, after(7 + links), 200, after(7 + links + more));
  assertEquals(withFinal(8, 8), true, "eight links in each run of 200 cycles");
  assertEquals(withFinal(8, 1), false, "the final run added one: a pool reaching its peak");
  assertEquals(withFinal(2, 2), false, "two in each run: too few for 400 cycles");
});

Deno.test("a tree's level counts new nodes below it; a flat set or a runtime's slot of its own class is no tree", () => {
  const after = { groups: { names: ["TrieNode"] } } as unknown as SnapshotAnalysis;
  const level = (edge: string, regionNodes: number) =>
    ({
      holderName: "Map",
      newEntries: 10,
      chain: false,
      levelBelow: true,
      entryGroups: [[0, 10]],
      regionGroups: [[0, regionNodes, 0]],
      path: {
        steps: [{ node: "PrefixTrie" }, { node: "TrieNode", edge: "root" }, { edge, node: "Map" }],
      },
    }) as unknown as GrowthRecord;
  assertEquals(treeNodes(level("children", 90), after), 90);
  assertEquals(treeNodes(level("children", 10), after), undefined, "no levels below");
  // No new entry keeps a level of its own below it: a flat set of its owner's class.
  assertEquals(treeNodes({ ...level("children", 90), levelBelow: false }, after), undefined);
  assertEquals(treeNodes(level("<symbol [[activeDependents]]>", 90), after), undefined);
  // A skip list's array of links is no tree's level.
  assertEquals(treeNodes({ ...level("next", 90), holderName: "Array" }, after), undefined);
});

Deno.test("a new collection under an old key is a value replaced, not growth, when the keys stay", () => {
  const steps = [
    { node: "system / Context", nodeId: 1 },
    { node: "Map", nodeId: 5, edge: "snapshots", edgeType: "context" },
    { node: "(internal array)", nodeId: 6, edge: "table", edgeType: "internal" },
    { node: "Array", nodeId: 90, edge: "9", edgeType: "internal", key: '"rota"' },
  ];
  const record = {
    holderId: 90,
    holderName: "Array",
    newUnderOld: true,
    newEntries: 24,
    entries: 24,
    storeBytes: 0,
    newBytes: 800,
    entryGroups: [[0, 24]],
    path: { root: "module", steps },
  } as unknown as GrowthRecord;
  const counts = (mapEntries: number) =>
    ({
      ids: Uint32Array.of(5),
      holderEntries: { ids: Uint32Array.of(5), counts: Uint32Array.of(mapEntries) },
    }) as unknown as SnapshotAnalysis;
  const none = {} as SnapshotAnalysis;
  assertEquals(grew(record, 0, 0, undefined, counts(6), none, 20, counts(6)), false);
  assertEquals(grew(record, 0, 0, undefined, counts(6), none, 20, counts(9)), true, "new keys");
  assertEquals(grew(record, 0, 0, undefined, counts(6), none, 20), true, "no final: as before");
});

Deno.test("a bound that drifts: turned over, grown in both runs by about as much, costed by what went", () => {
  // 40 entries (20 pairs) turned over in the first run, 2 stayed; 230 → 260 → 290 entries.
  const cache = (turned: number) =>
    ({
      holderId: 9,
      newEntries: 2,
      entries: 260,
      entryGroups: [[1, 2]],
      regionGroups: [[1, 2, 64]],
      turnedOver: {
        entries: turned,
        entryGroups: [[1, turned / 2], [2, turned / 2]],
        count: turned * 3,
        bytes: turned * 4000,
        regionGroups: [[2, turned / 2, turned * 2000]],
      },
    }) as unknown as GrowthRecord;
  const drifted = driftedBound(cache(400), 230, 290, 200);
  assertEquals(drifted?.newEntries, 30);
  assertEquals(drifted?.newBytes, 30 * 4000);
  assertEquals(drifted?.entryGroups, [[1, 15], [2, 15]]);
  assertEquals(drifted?.drift, { entriesFinal: 290, kept: 2 });
  // Filling up to its bound (the second run's growth fades), or grown less than the cycles'
  // minimum, or never evicting as much as it grew: no drift.
  assertEquals(driftedBound(cache(400), 230, 270, 200), undefined);
  assertEquals(driftedBound(cache(400), 254, 266, 200), undefined);
  assertEquals(driftedBound(cache(20), 230, 290, 200), undefined);
  // No final count, or nothing turned over: undefined too.
  assertEquals(driftedBound(cache(400), 230, undefined, 200), undefined);
  assertEquals(driftedBound({ ...cache(400), turnedOver: undefined }, 230, 290, 200), undefined);
});

Deno.test("a few big entries in each run are growth on a clock; filling up, fading or small ones are not", () => {
  // A history array a timer appends a roll-up window to: 2 new windows in the first run.
  const history = {
    holderId: 9,
    holderName: "Array",
    newEntries: 2,
    entries: 3,
    entryGroups: [[4, 2]],
    newBytes: 72_000,
    newCount: 1400,
  } as unknown as GrowthRecord;
  assertEquals(gainsOnClock(history, 1, 4, 200), true, "1 → 3 → 4, 36 KB each");
  assertEquals(gainsOnClock(history, 1, 3, 200), false, "nothing more in the final run: filled up");
  assertEquals(gainsOnClock({ ...history, entries: 5, newEntries: 4 }, 1, 6, 200), false, "fading");
  assertEquals(gainsOnClock({ ...history, newBytes: 900 }, 1, 4, 200), false, "small entries");
  assertEquals(gainsOnClock(history, 1, undefined, 200), false, "no final snapshot to tell");
  assertEquals(
    gainsOnClock({ ...history, newEntries: 0 }, 1, 4, 200),
    false,
    "old entries moved in",
  );
  assertEquals(gainsOnClock({ ...history, timer: {} } as GrowthRecord, 1, 4, 200), false);
});

Deno.test("new values added beside the old ones are entries, not a value rebuilt on the one before", () => {
  // Each new window carries totals made before the baseline: read as a rebuilt value.
  const history = {
    holderId: 9,
    newEntries: 2,
    entries: 3,
    rebuilt: { group: 5, count: 200, via: [] },
  } as unknown as GrowthRecord;
  assertEquals(addedBeside(history, 1, 4).rebuilt, undefined, "1 → 3 → 4 entries: two added");
  // A variable whose one value is replaced by a copy plus more keeps its one entry.
  assertEquals(addedBeside({ ...history, newEntries: 1, entries: 1 }, 1, 1).rebuilt?.count, 200);
  assertEquals(addedBeside({ ...history, newUnderOld: true }, 1, 4).rebuilt?.count, 200);
  // A variable's cell, counted only where its value is: 0 → 1 → 0 tells nothing.
  const cell = { ...history, newEntries: 1, entries: 1 };
  assertEquals(addedBeside(cell, 0, 0).rebuilt?.count, 200);
  assertEquals(addedBeside(history, 1, 2).rebuilt?.count, 200, "back down by the end");
});
