/**
 * "Freed if cleared": what removing a holder (or a whole pool of them, timers with their
 * callbacks) would make unreachable. On hand-made graphs against a slow, obviously right
 * search; on real snapshots: one object frees exactly its dominator-retained size, a pool of
 * timers frees its connections' payloads that no single Timeout dominates, and on scenario 6
 * the heartbeat leak's figure accounts for most of the heap's growth.
 */

import {
  compareSnapshotFiles,
  formatCompareText,
  formatSummaryText,
  summarizeSnapshotFile,
} from "../../../heap/mod.ts";
import { freedSizes, measureFreed } from "../../../heap/analysis/freed.ts";
import type { HolderRecord } from "../../../heap/analysis/holders.ts";
import { typeCodes } from "../../../heap/graph/model.ts";
import { computeDominators } from "../../../heap/graph/dominators.ts";
import { essentialEdgeRules, isEssentialEdge } from "../../../heap/graph/essential_edges.ts";
import { parseSnapshotFile } from "../../../heap/parse/parse.ts";
import type { HeapSnapshot } from "../../../heap/graph/snapshot.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import {
  type GraphEdge,
  graphSnapshot,
  seededRandom,
  weakMapGraph,
} from "../support/heap_graph.ts";
import { startInspectTarget, withInspectorSession } from "../../support/inspect_target.ts";
import { captureScenario6 } from "../../support/scenario6_capture.ts";

/** Nodes reachable with `blocked` removed, by plain recursion over essential edges. */
function naiveReach(edges: GraphEdge[], blocked: Set<number>): Set<number> {
  const seen = new Set<number>();
  const visit = (v: number) => {
    if (seen.has(v) || blocked.has(v)) return;
    seen.add(v);
    for (const [from, to, type] of edges) {
      if (from !== v || type === "weak" || (type === "shortcut" && from !== 0)) continue;
      visit(to);
    }
  };
  visit(0);
  return seen;
}

/** Reachable self size with `blocked` removed. */
function naiveReachable(sizes: number[], edges: GraphEdge[], blocked: Set<number>): number {
  return [...naiveReach(edges, blocked)].reduce((sum, v) => sum + sizes[v], 0);
}

Deno.test("freed: matches a naive search on random graphs, many overlapping sets at once", () => {
  const rand = seededRandom(11);
  const types = ["property", "element", "internal", "weak", "shortcut", "context"];
  for (let round = 0; round < 200; round++) {
    const n = 2 + rand(20);
    const sizes = Array.from({ length: n }, () => 1 + rand(100));
    const edges: GraphEdge[] = [];
    for (let k = rand(n * 3); k > 0; k--) edges.push([rand(n), rand(n), types[rand(types.length)]]);
    // More sets than one bit-parallel pass holds, some empty, some with the root in them.
    const sets = Array.from(
      { length: 1 + rand(70) },
      () => Array.from({ length: rand(4) }, () => rand(n)),
    );
    const s = graphSnapshot(sizes, edges);
    const got = freedSizes(s, typeCodes(s), sets);
    const whole = naiveReachable(sizes, edges, new Set());
    const expected = sets.map((set) => whole - naiveReachable(sizes, edges, new Set(set)));
    assertEquals(got, expected, `graph ${JSON.stringify({ sizes, edges, sets })}`);
  }
});

Deno.test("freed: one node frees its retained size; on random graphs too", () => {
  const rand = seededRandom(5);
  const types = ["property", "element", "internal", "weak", "shortcut"];
  for (let round = 0; round < 100; round++) {
    const n = 2 + rand(16);
    const sizes = Array.from({ length: n }, () => 1 + rand(50));
    const edges: GraphEdge[] = [];
    for (let k = rand(n * 3); k > 0; k--) edges.push([rand(n), rand(n), types[rand(types.length)]]);
    const s = graphSnapshot(sizes, edges);
    const d = computeDominators(s, typeCodes(s));
    const freed = freedSizes(s, typeCodes(s), sizes.map((_, v) => [v]));
    const reachable = naiveReach(edges, new Set());
    const reachableBytes = [...reachable].reduce((sum, v) => sum + sizes[v], 0);
    for (let v = 0; v < n; v++) {
      // An unreachable node frees nothing: it was not alive through the root to begin with.
      // The root frees what it reaches; DevTools' root retains the whole heap, weakly held
      // nodes included.
      const expected = v === 0 ? reachableBytes : reachable.has(v) ? d.retained[v] : 0;
      assertEquals(freed[v], expected, `node ${v} of ${JSON.stringify({ sizes, edges })}`);
    }
  }
});

Deno.test("freed: a WeakMap table does not keep a value alive; its key does", () => {
  // 0 → 1 (WeakMap) → 2 (table) -weak→ 3 (key), -internal pair→ 4 (value); 0 → 3 → 4.
  const s = weakMapGraph();
  assertEquals(freedSizes(s, typeCodes(s), [[3], [1], [1, 3]]), [32 + 64, 8 + 16, 8 + 16 + 96]);
});

Deno.test("freed: measureFreed runs a pass only for a timer or a big pool; small pools share it", () => {
  // Root → 1, 2 (a pool of two arrays) → 3 shared by both; root → 4 (Timeout) → 5 (callback).
  const s = graphSnapshot([0, 8, 8, 100, 16, 32], [
    [0, 1, "property"],
    [0, 2, "property"],
    [1, 3, "element"],
    [2, 3, "element"],
    [0, 4, "property"],
    [4, 5, "property"],
    [0, 5, "internal"],
  ]);
  const record = (
    path: string,
    holder: HolderRecord["holder"],
    members: number[],
    retained: number,
  ): HolderRecord => ({
    path,
    holder,
    scope: "global",
    instances: holder === "Timeout" ? members.length / 2 : members.length,
    entries: 0,
    retained,
    storeBytes: 0,
    nodeId: 0,
    entryTypes: [],
    retainerSteps: [],
    members,
  });
  const small = record("pair", "Array", [1, 2], 16);
  const single = record("one", "Array", [3], 100);
  measureFreed(s, typeCodes(s), [small, single], {});
  assertEquals([small.freed, single.freed], [undefined, 100], "no pass for a pool of two");
  assertEquals([small.members, single.members], [undefined, undefined], "members dropped");

  const pair = record("pair", "Array", [1, 2], 16);
  const timer = record("timer", "Timeout", [4, 5], 16);
  measureFreed(s, typeCodes(s), [pair, timer], {});
  assertEquals([pair.freed, timer.freed], [8 + 8 + 100, 16 + 32], "a timer's pass measures both");
});

/** Captures a Deno program's heap with 5 leaked timer connections, then with 5 + `more`. */
async function captureTimerPool(dir: string, more: number) {
  const target = await startInspectTarget({
    runtime: "deno",
    script: new URL("../../support/heap_freed_target.ts", import.meta.url).pathname,
    withHttpPort: true,
    readyPath: "/ready",
  });
  const connect = async (n: number) => {
    const res = await fetch(`http://127.0.0.1:${target.httpPort}/connect?n=${n}`);
    return (await res.json()).opened as number;
  };
  return await withInspectorSession(target, "timer-pool target", async (session) => {
    await connect(5);
    const before = `${dir}/timers-before.heapsnapshot`;
    const after = `${dir}/timers-after.heapsnapshot`;
    await session.captureSnapshot(before);
    assertEquals(await connect(more), 5 + more);
    await session.captureSnapshot(after);
    return { before, after };
  });
}

/** Objects named `name` with a property `field` (instances, not the class or its prototype). */
function instancesOf(s: HeapSnapshot, name: string, field: string): number[] {
  const codes = typeCodes(s);
  const out: number[] = [];
  for (let v = 0; v < s.nodeCount; v++) {
    if (s.nodeType[v] !== codes.object || !s.strings.equals(s.nodeName[v], name)) continue;
    for (let e = s.firstEdge[v]; e < s.firstEdge[v + 1]; e++) {
      if (s.edgeType[e] === codes.edgeProperty && s.strings.equals(s.edgeNameOrIndex[e], field)) {
        out.push(v);
        break;
      }
    }
  }
  return out;
}

Deno.test("freed: a pool of timers frees exactly what it dominates; the compare gives the pool every connection's payload", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-freed-" });
  const MORE = 40;
  try {
    const { before, after } = await captureTimerPool(dir, MORE);

    // On the real graph: one object frees exactly what it dominates.
    const s = await parseSnapshotFile(after);
    const codes = typeCodes(s);
    const { retained } = computeDominators(s, codes);
    const payloads = instancesOf(s, "ConnectionPayload", "samples");
    const timeouts = instancesOf(s, "Timeout", "_onTimeout");
    assertEquals(payloads.length, 5 + MORE, "one payload per connection");
    const rand = seededRandom(3);
    const sample = [
      ...payloads,
      ...timeouts,
      ...Array.from({ length: 200 }, () => rand(s.nodeCount)),
    ];
    const single = freedSizes(s, codes, sample.map((v) => [v]));
    const reachable = reachableNodes(s);
    sample.forEach((v, k) => {
      const expected = reachable.has(v) ? retained[v] : 0;
      assertEquals(single[k], expected, `node @${s.nodeId[v]} (${s.strings.get(s.nodeName[v])})`);
    });
    const payloadSize = Math.min(...payloads.map((v) => retained[v]));
    assert(payloadSize >= 8000, `a payload retains ${payloadSize} B (1000 doubles)`);

    // Through the whole compare: the timer pool accounts for every new connection's payload
    // (kept alive by the timers' callbacks), not only the timers' own small retained sizes.
    const report = await compareSnapshotFiles({ before, after, cycles: MORE });
    const text = formatCompareText(report);
    const timer = report.suspects.find((x) => x.kind === "timers");
    assert(timer, `a timer suspect\n${text}`);
    assertEquals(timer.added, MORE);
    assert(
      timer.bytes >= MORE * payloadSize,
      `${timer.bytes} B < ${MORE} × ${payloadSize} B\n${text}`,
    );
    assertEquals(timer.bytesPerCycle, timer.bytes / MORE);
    assertEquals(report.suspects[0].path, timer.path, `the timers rank first\n${text}`);

    // A one-snapshot summary lists the pool by the same figure.
    const summary = await summarizeSnapshotFile(after);
    const pool = summary.holders[0];
    assertEquals([pool.holder, pool.instances], ["Timeout", 5 + MORE], formatSummaryText(summary));
    assert(pool.freed! >= (5 + MORE) * payloadSize, formatSummaryText(summary));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Nodes reachable from the root over essential edges, checked edge by edge with the model's rule. */
function reachableNodes(s: HeapSnapshot): Set<number> {
  const codes = typeCodes(s);
  const rules = essentialEdgeRules(s, codes);
  const seen = new Set<number>([0]);
  const stack = [0];
  while (stack.length) {
    const v = stack.pop()!;
    for (let e = s.firstEdge[v]; e < s.firstEdge[v + 1]; e++) {
      const w = s.edgeTo[e];
      if (seen.has(w) || !isEssentialEdge(s, rules, v, e)) continue;
      seen.add(w);
      stack.push(w);
    }
  }
  return seen;
}

Deno.test("freed: on scenario 6 the heartbeat timers account for most of the heap's growth", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-freed-s6-" });
  const CYCLES = 100;
  try {
    const snaps = await captureScenario6(dir, { cycles: CYCLES });
    const report = await compareSnapshotFiles({ ...snaps, cycles: CYCLES });
    const text = formatCompareText(report);
    const heartbeat = report.suspects.find((x) => x.path === "conn.heartbeat");
    assert(heartbeat?.bytesPerCycle !== undefined, `heartbeat measured\n${text}`);
    const heapPerCycle = report.totals.sizeDeltaPerCycle!;
    // Each kept Timeout keeps its connection: socket, listeners, buffers — several KB.
    assert(heartbeat.bytesPerCycle >= 3 * 1024, `${heartbeat.bytesPerCycle} B/cycle\n${text}`);
    assert(
      heartbeat.bytesPerCycle >= 0.4 * heapPerCycle && heartbeat.bytesPerCycle <= heapPerCycle,
      `heartbeat keeps ${heartbeat.bytesPerCycle} B/cycle of the heap's ${heapPerCycle}\n${text}`,
    );
    assertEquals(report.suspects[0].path, "conn.heartbeat", `ranked first\n${text}`);
    const history = report.suspects.find((x) => x.path === "messageHistory")!;
    assert(history.bytes > 0 && history.bytes < heartbeat.bytes, text);
    console.log(text.split("\n").slice(0, 8).join("\n"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
