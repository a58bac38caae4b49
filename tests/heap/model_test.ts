/**
 * The graph algorithms on small hand-built graphs whose answers are known: dominators and
 * retained sizes (Lengauer–Tarjan over DevTools' essential edges: weak edges and self edges
 * ignored, shortcuts only from the root, no edge from outside the page into it; nodes only
 * weakly held hang under the root), distances from the user roots, reverse edges, sorting by
 * id, added/deleted/leaked by id and class.
 */

import { buildRetainers, typeCodes } from "../../heap/graph/model.ts";
import { computeDominators } from "../../heap/graph/dominators.ts";
import { computeDistances, NO_DISTANCE, SYSTEM_DISTANCE } from "../../heap/graph/distances.ts";
import { globalHandleStrings, type SnapshotAnalysis } from "../../heap/analysis/analyze.ts";
import { sortByIds } from "../../heap/analysis/by_id.ts";
import { addedDeleted, leakedSet } from "../../heap/analysis/compare.ts";
import { compactSizes } from "../../heap/analysis/compact_sizes.ts";
import { assertEquals } from "../support/assert.ts";
import {
  EDGE_TYPES,
  graphSnapshot as graph,
  NODE_TYPES,
  weakMapGraph,
} from "./support/heap_graph.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { weakMapKeyOf } from "../../heap/graph/weak_maps.ts";

Deno.test("dominators: a diamond is dominated by its top, a chain accumulates", () => {
  //   0 → 1 → 2 → 4 → 5
  //       1 → 3 → 4
  const s = graph([0, 10, 20, 30, 40, 50], [
    [0, 1, "element"],
    [1, 2, "property"],
    [1, 3, "property"],
    [2, 4, "property"],
    [3, 4, "property"],
    [4, 5, "property"],
  ]);
  const d = computeDominators(s, typeCodes(s));
  assertEquals([...d.idom].join(), "0,0,1,1,1,4");
  assertEquals([...d.retained].join(), "150,150,20,30,90,50");
  assertEquals(d.reachable, 6);
});

Deno.test("dominators: weak edges do not retain; shortcuts retain only from the root", () => {
  // 0 → 1 → 2; 1 -weak→ 3; 2 -shortcut→ 4 (not essential) ; 0 -shortcut→ 5 (essential)
  const s = graph([0, 1, 2, 4, 8, 16], [
    [0, 1, "element"],
    [0, 5, "shortcut"],
    [1, 2, "property"],
    [1, 3, "weak"],
    [2, 4, "shortcut"],
  ]);
  const d = computeDominators(s, typeCodes(s));
  assertEquals(d.reachable, 4, "3 and 4 are not reachable through essential edges");
  assertEquals(d.retained[1], 3, "1 retains itself and 2, not the weakly held 3");
  assertEquals(d.retained[3], 4, "only weakly held: under the root, retaining itself");
  assertEquals(d.idom[3], 0);
  assertEquals(d.retained[5], 16);
  assertEquals(
    d.retained[0],
    1 + 2 + 4 + 8 + 16,
    "the root retains the whole heap, as in DevTools",
  );
});

Deno.test("dominators: the textbook flow graph (Lengauer–Tarjan paper)", () => {
  // R=0 A=1 B=2 C=3 D=4 E=5 F=6 G=7 H=8 I=9 J=10 K=11 L=12
  const e: [number, number, string][] = [
    [0, 1, "property"],
    [0, 2, "property"],
    [0, 3, "property"],
    [1, 4, "property"],
    [2, 1, "property"],
    [2, 4, "property"],
    [2, 5, "property"],
    [3, 6, "property"],
    [3, 7, "property"],
    [4, 12, "property"],
    [5, 8, "property"],
    [6, 9, "property"],
    [7, 9, "property"],
    [7, 10, "property"],
    [8, 5, "property"],
    [8, 11, "property"],
    [9, 11, "property"],
    [10, 9, "property"],
    [11, 9, "property"],
    [11, 0, "property"],
    [12, 8, "property"],
  ];
  const s = graph(new Array(13).fill(1), e);
  const d = computeDominators(s, typeCodes(s));
  // Known idoms: A,B,C,D,E,H,I,K → R; F,G → C; J → G; L → D.
  assertEquals([...d.idom].join(), "0,0,0,0,0,0,3,3,0,0,7,0,4");
});

Deno.test("distances skip weak edges; retainers list every incoming edge", () => {
  const s = graph([0, 1, 1, 1], [
    [0, 1, "element"],
    [1, 2, "property"],
    [0, 3, "weak"],
    [2, 3, "property"],
  ]);
  // The root's children that are objects are user roots (the global object): distance 1,
  // even through a weak edge; the root itself counts from DevTools' system base.
  const dist = computeDistances(s, typeCodes(s));
  assertEquals([...dist].join(), `${SYSTEM_DISTANCE},1,2,1`);
  // Only a synthetic child (Deno's `(GC roots)`): no user roots, distances from the root.
  const deno = graph([0, 0, 1, 1], [[0, 1, "element"], [1, 2, "property"], [2, 3, "property"]]);
  deno.nodeType[1] = NODE_TYPES.indexOf("synthetic");
  assertEquals([...computeDistances(deno, typeCodes(deno))].join(), "0,1,2,3");
  const lonely = graph([0, 1, 1], [[0, 1, "weak"], [1, 2, "weak"]]);
  assertEquals(computeDistances(lonely, typeCodes(lonely))[2], NO_DISTANCE);
  const r = buildRetainers(s);
  const of3 = [...r.node.slice(r.first[3], r.first[4])].sort();
  assertEquals(of3.join(), "0,2");
});

Deno.test("sortByIds orders node indices by id, ids above 65535 included", () => {
  const ids = Uint32Array.from([70000, 3, 65536, 1, 4294967294, 65535]);
  const order = sortByIds(ids);
  assertEquals([...order].map((i) => ids[i]).join(), "1,3,65535,65536,70000,4294967294");
});

Deno.test("added/deleted by id and class, and the three-snapshot leaked set", () => {
  const analysis = (ids: number[], shapes: number[], sizes?: number[]): SnapshotAnalysis => {
    const classes = {
      keys: [",a", ",b"],
      names: ["a", "b"],
      kinds: ["user" as const, "user" as const],
      locations: [undefined, undefined],
      classOfShape: Uint32Array.from([0, 1]),
      count: new Float64Array(2),
      size: new Float64Array(2),
      retained: new Float64Array(2),
    };
    return {
      file: "x",
      nodeCount: ids.length,
      totalSize: 0,
      codeSize: 0,
      lastObjectId: ids.length ? Math.max(...ids) : 0,
      groups: { keys: [], names: [], kinds: [], locations: [], count: new Float64Array(0) },
      shapes: {
        ...classes,
        properties: [undefined, undefined],
        objects: new Float64Array(2),
        interfaces: [],
      },
      classes,
      ids: Uint32Array.from(ids),
      idShape: Uint32Array.from(shapes),
      idSize: compactSizes(Uint32Array.from(sizes ?? ids.map(() => 8))),
      holders: [],
      globalHandleStrings: {
        console: { count: 0, size: 0 },
        debugger: { count: 0, size: 0 },
        other: { count: 0, size: 0 },
      },
      scriptUrls: {},
      timings: {},
    };
  };
  const classOf = Uint32Array.from([0, 1]);
  const baseline = analysis([2, 4, 6], [0, 0, 1]);
  const target = analysis([2, 6, 8, 10, 12], [0, 1, 0, 1, 1]);
  const final = analysis([2, 8, 12], [0, 0, 1]);
  const { added, deleted, addedSize, deletedSize } = addedDeleted(
    baseline,
    target,
    classOf,
    classOf,
    2,
  );
  assertEquals([...added].join(), "1,2", "8 (a), 10 and 12 (b) are new");
  assertEquals([...deleted].join(), "1,0", "4 (a) is gone");
  assertEquals([...addedSize].join(), "8,16");
  assertEquals([...deletedSize].join(), "8,0");
  // An object that changed class is deleted from one and new in the other; objects of size 0
  // are in no class (as DevTools leaves them out).
  const moved = addedDeleted(
    analysis([2, 4, 6], [0, 0, 1], [8, 0, 8]),
    analysis([2, 4, 6], [1, 0, 1], [8, 8, 0]),
    classOf,
    classOf,
    2,
  );
  assertEquals([...moved.added].join(), "1,1", "4 now has a size (a); 2 moved to b");
  assertEquals([...moved.deleted].join(), "1,1", "2 left a; 6 has no size now (b)");
  const leaked = leakedSet(baseline, target, final);
  assertEquals([...leaked.count].join(), "1,1", "8 and 12 survive; 10 was freed");
  assertEquals([...leaked.size].join(), "8,8");
  // Sizes past 16 bits are kept apart (compact_sizes.ts) and summed whole.
  const big = addedDeleted(
    analysis([2, 4, 6], [0, 0, 1], [70_000, 65_535, 8]),
    analysis([6, 8, 10], [1, 0, 1], [8, 1_000_000, 65_534]),
    classOf,
    classOf,
    2,
  );
  assertEquals([...big.deletedSize].join(), "135535,0", "2 and 4 are gone");
  assertEquals([...big.addedSize].join(), "1000000,65534", "8 and 10 are new");
  const bigLeak = leakedSet(
    analysis([2], [0]),
    analysis([2, 4], [0, 1], [8, 100_000]),
    analysis([2, 4], [0, 1]),
  );
  assertEquals([...bigLeak.size].join(), "0,100000");
});

Deno.test("dominators: a WeakMap value is retained by its key, not by the table", () => {
  // 0 → 1 (WeakMap) → 2 (table, an internal array) -weak→ 3 (key), -internal pair→ 4 (value)
  // 0 → 3 (key held elsewhere) -internal pair→ 4
  const s = weakMapGraph();
  const d = computeDominators(s, typeCodes(s));
  assertEquals(d.idom[4], 3, "the key dominates the value");
  assertEquals(d.retained[3], 32 + 64);
  assertEquals(d.retained[1], 8 + 16, "the WeakMap retains only itself and its table");
});

Deno.test("WeakMap keys: from the table's own key edge, or (V8 15 lists only values) the key's", () => {
  const s = weakMapGraph();
  const pairFrom = (node: number) => {
    for (let e = s.firstEdge[node]; e < s.firstEdge[node + 1]; e++) {
      if (s.edgeNameOrIndex[e] === 1) return e;
    }
    throw new Error("no pair edge");
  };
  assertEquals(weakMapKeyOf(s, 2, pairFrom(2)), 3);
  // The same entry without the table's weak edge to its key.
  const values = weakMapGraph();
  const t = values.firstEdge[2];
  values.edgeType[t] = EDGE_TYPES.indexOf("internal");
  values.edgeTo[t] = 4;
  values.edgeNameOrIndex[t] = 1;
  assertEquals(weakMapKeyOf(values, 2, t), 3);
  // A name whose key is not where it says: no key.
  values.nodeId[3] = 99;
  assertEquals(weakMapKeyOf(weakMapGraphWithIds(values), 2, t), undefined);
});

/** A copy of `s` (new arrays, so a snapshot's cached lookups start afresh). */
function weakMapGraphWithIds(s: ReturnType<typeof weakMapGraph>) {
  return {
    ...s,
    nodeId: Uint32Array.from(s.nodeId),
    strings: StringTable.fromArray(["x", s.strings.get(1)]),
  };
}

/**
 * Dominators by the textbook data-flow fixpoint over DevTools' essential edges: slow,
 * obviously right, for small graphs. As DevTools does, each node no essential edge retains
 * that the root does not reach (in node order) gets an edge from the root; what is still
 * unreached is the root's alone.
 */
function naiveIdom(
  n: number,
  edges: [number, number, string][],
): { idom: number[]; reach: Set<number> } {
  // The page: what the root's shortcut edges lead to, over non-weak edges.
  const page = new Set(edges.filter(([f, , t]) => f === 0 && t === "shortcut").map(([, t]) => t));
  for (let changed = true; changed;) {
    changed = false;
    for (const [f, t, type] of edges) {
      if (type !== "weak" && page.has(f) && !page.has(t)) {
        page.add(t);
        changed = true;
      }
    }
  }
  const essential = edges.filter(([from, to, t]) =>
    t !== "weak" && from !== to &&
    (from === 0 || (t !== "shortcut" && !(page.has(to) && !page.has(from))))
  );
  const reach = new Set([0]);
  const spread = () => {
    for (let changed = true; changed;) {
      changed = false;
      for (const [f, t] of essential) {
        if (reach.has(f) && !reach.has(t)) {
          reach.add(t);
          changed = true;
        }
      }
    }
  };
  spread();
  for (let v = 0; v < n; v++) {
    if (reach.has(v) || essential.some(([, t]) => t === v)) continue;
    essential.push([0, v, "element"]);
    reach.add(v);
    spread();
  }
  const all = [...reach];
  const dom = new Map<number, Set<number>>(all.map((v) => [v, new Set(v === 0 ? [0] : all)]));
  for (let changed = true; changed;) {
    changed = false;
    for (const v of all) {
      if (v === 0) continue;
      const preds = essential.filter(([f, t]) => t === v && reach.has(f)).map(([f]) => f);
      const next = new Set(all.filter((x) => preds.every((p) => dom.get(p)!.has(x))));
      next.add(v);
      if (next.size !== dom.get(v)!.size) {
        dom.set(v, next);
        changed = true;
      }
    }
  }
  // The immediate dominator is the strict dominator dominated by all the others.
  const idom = Array.from({ length: n }, (_, v) => {
    if (v === 0 || !reach.has(v)) return 0;
    const strict = [...dom.get(v)!].filter((d) => d !== v);
    return strict.find((d) => strict.every((o) => dom.get(d)!.has(o)))!;
  });
  return { idom, reach };
}

Deno.test("dominators agree with the data-flow definition on 300 random graphs", () => {
  let seed = 42;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % k;
  };
  const types = ["property", "element", "internal", "weak", "shortcut", "context"];
  for (let round = 0; round < 300; round++) {
    const n = 2 + rand(14);
    const edges: [number, number, string][] = [];
    const m = rand(n * 3);
    for (let k = 0; k < m; k++) edges.push([rand(n), rand(n), types[rand(types.length)]]);
    const s = graph(new Array(n).fill(1), edges);
    const d = computeDominators(s, typeCodes(s));
    const { idom: expected, reach } = naiveIdom(n, edges);
    assertEquals([...d.idom].join(), expected.join(), `graph ${JSON.stringify(edges)}`);
    // Retained sizes: a reachable node retains exactly the nodes it dominates (self sizes 1).
    for (let v = 0; v < n; v++) {
      let dominated = 0;
      for (let w = 0; w < n; w++) {
        for (let x = w;; x = expected[x]) {
          if (x === v) {
            dominated++;
            break;
          }
          if (x === 0) break;
        }
      }
      // The root retains everything; a node still unreached retains only itself.
      if (v === 0) dominated = n;
      else if (!reach.has(v)) dominated = 1;
      assertEquals(d.retained[v], dominated, `retained[${v}] of ${JSON.stringify(edges)}`);
    }
  }
});

Deno.test("sortByIds matches a comparison sort on random ids of every width", () => {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed;
  };
  for (const bits of [1, 8, 12, 13, 24, 25, 32]) {
    const ids = Uint32Array.from({ length: 5000 }, () => bits === 32 ? rand() : rand() % 2 ** bits);
    const order = sortByIds(ids);
    const got = [...order].map((i) => ids[i]);
    const want = [...ids].sort((a, b) => a - b);
    assertEquals(got.join(), want.join(), `${bits}-bit ids`);
    assertEquals(new Set(order).size, ids.length, "a permutation");
  }
});

Deno.test("sortByIds: nearly sorted ids (one long run plus strays, duplicates) match a stable comparison sort", () => {
  let seed = 11;
  const rand = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed;
  };
  for (const strays of [0, 1, 7, 300, 2400]) {
    // One ascending run with gaps (as V8 hands out ids), then strays written over random slots,
    // some equal to a neighbour's id: the merge must break ties by node index like the radix.
    const ids = Uint32Array.from({ length: 5000 }, (_, i) => 1000 + i * 2);
    for (let k = 0; k < strays; k++) {
      const at = rand() % ids.length;
      ids[at] = k % 3 === 0 ? ids[(at + 1) % ids.length] : rand() % 20000;
    }
    const order = sortByIds(ids);
    const want = [...ids.keys()].sort((a, b) => ids[a] - ids[b] || a - b);
    assertEquals([...order].join(), want.join(), `${strays} strays`);
  }
});

Deno.test("dominators: a 5000-node chain with long back paths (deep path compression)", () => {
  // 0 → 1 → … → 4999, plus 0 → 3000 and 4999 → 10. Evaluating node 10's predecessor 4999
  // walks the linked chain 4999 … 11: thousands deep.
  const n = 5000;
  // The chain's edges come first, so the DFS numbers 0 … 4999 along it.
  const edges: [number, number, string][] = [];
  for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1, "property"]);
  edges.push([0, 3000, "property"], [4999, 10, "property"]);
  const s = graph(new Array(n).fill(1), edges);
  const d = computeDominators(s, typeCodes(s));
  const want = Array.from({ length: n }, (_, v) => (v === 0 || v === 10 || v === 3000 ? 0 : v - 1));
  assertEquals([...d.idom].join(), want.join());
  assertEquals([d.retained[0], d.retained[1], d.retained[10], d.retained[3000]], [
    5000,
    9,
    2990,
    2000,
  ]);
});

Deno.test("strings held by global handles, by holder: the inspector's console, its debugger, others", () => {
  // 0 root → 1 (Global handles) → strings 2, 3 (console), 4 (debugger), 5 (unnamed).
  const s = graph([0, 0, 20, 30, 40, 50], [
    [0, 1, "element"],
    [1, 2, "internal"],
    [1, 3, "internal"],
    [1, 4, "internal"],
    [1, 5, "element"],
  ]);
  s.strings = StringTable.fromArray([
    "x",
    "(Global handles)",
    "1 / DevTools console",
    "2 / DevTools debugger",
  ]);
  s.nodeName[1] = 1;
  for (const n of [2, 3, 4, 5]) s.nodeType[n] = NODE_TYPES.indexOf("string");
  for (let e = 0; e < s.edgeCount; e++) {
    if (s.edgeType[e] !== EDGE_TYPES.indexOf("internal")) continue;
    s.edgeNameOrIndex[e] = s.edgeTo[e] === 4 ? 3 : 2;
  }
  assertEquals(globalHandleStrings(s, typeCodes(s)), {
    console: { count: 2, size: 50 },
    debugger: { count: 1, size: 40 },
    other: { count: 1, size: 50 },
  });
});
