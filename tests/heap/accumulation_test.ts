/**
 * Where new objects accumulate: a dictionary's new keys are strings its hash table holds beside
 * the values, told apart from string values as the holder's own property names.
 */

import { findAccumulations, NEW, TRANSIENT } from "../../heap/analysis/accumulation.ts";
import { EntryWalker } from "../../heap/analysis/entries.ts";
import { nodeKinds } from "../../heap/analysis/node_kinds.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { type GraphEdge, graphSnapshot, NODE_TYPES } from "./support/heap_graph.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("accumulations: a dictionary's new keys are its own property names, counted apart", () => {
  const names = ["", "Object", "(object properties)", "properties", "sid-a", "sid-b", "{…}", "x"];
  // 0 root → 1 dictionary; 1 ─properties→ 2 hash table → keys 3, 4 and values 5, 6;
  // 1 ─"sid-a"→ 5, ─"sid-b"→ 6 (values, strings too); 1 ─"x"→ 7 (an old string).
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [1, 2, "internal"],
    [1, 5, "property"],
    [1, 6, "property"],
    [1, 7, "property"],
    ...[3, 4, 5, 6].map((n): GraphEdge => [2, n, "internal"]),
  ];
  const s = graphSnapshot(new Array(8).fill(16), edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.nodeName.set([at(""), at("Object"), at("(object properties)"), at("sid-a"), at("sid-b")]);
  s.nodeName[5] = s.nodeName[6] = at("{…}");
  s.nodeName[7] = at("x");
  s.nodeType[2] = NODE_TYPES.indexOf("array");
  for (const i of [3, 4, 5, 6, 7]) s.nodeType[i] = NODE_TYPES.indexOf("string");
  // Edge names, in the graph's edge order (by source node, then as listed).
  s.edgeNameOrIndex.set([0, at("properties"), at("sid-a"), at("sid-b"), at("x"), 0, 1, 2, 3]);
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = new Uint8Array(s.nodeCount);
  for (const i of [3, 4, 5, 6]) isNew[i] = NEW;
  const records = findAccumulations(walker, isNew, new Uint16Array(s.nodeCount));
  assertEquals(records.map((r) => [r.holder, r.newEntries, r.keyEntries]), [[1, 4, 2]]);
  // The keys shown are the property names: a string value under one is not a key.
  assertEquals([...records[0].keys].sort(), ["sid-a", "sid-b"]);
});

Deno.test("accumulations: new entries a holder shares with one searched before it are counted as shared", () => {
  // 0 root → 1 registry {a: 3, b: 4} and → 2 {0: 3, 1: 4} (the same new objects listed again);
  // 2 also → 5, new and its own.
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [0, 2, "element"],
    [1, 3, "property"],
    [1, 4, "property"],
    [2, 3, "element"],
    [2, 4, "element"],
    [2, 5, "element"],
  ];
  const s = graphSnapshot(new Array(6).fill(16), edges);
  s.strings = StringTable.fromArray(["", "Object", "a", "b"]);
  s.nodeName.fill(1);
  s.edgeNameOrIndex.set([0, 1, 2, 3, 0, 1, 2]);
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = Uint8Array.from([0, 0, 0, NEW, NEW, NEW]);
  const records = findAccumulations(walker, isNew, new Uint16Array(s.nodeCount));
  assertEquals(
    records.map((r) => [r.holder, r.newEntries, [...r.sharedWith]]),
    [[1, 2, []], [2, 3, [[0, 2]]]],
  );
});

Deno.test("accumulations: a Map's new keys are told apart from its values by their table slots", () => {
  // 0 root → 1 Map ─table→ 2, a Map's hash table of two buckets (152 bytes: 3 counts, 2
  // buckets, 4 entries of key, value, chain), entries from slot 5: keys at 5 and 8, values
  // (strings too) at 6 and 9.
  const names = ["", "Map", "table", "5", "6", "8", "9", "k1", "v1", "k2", "v2"];
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [1, 2, "internal"],
    ...[3, 4, 5, 6].map((n): GraphEdge => [2, n, "internal"]),
  ];
  const s = graphSnapshot([16, 32, 152, 24, 24, 24, 24], edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.nodeName.set([at(""), at("Map"), at(""), at("k1"), at("v1"), at("k2"), at("v2")]);
  s.nodeType[2] = NODE_TYPES.indexOf("array");
  for (const i of [3, 4, 5, 6]) s.nodeType[i] = NODE_TYPES.indexOf("string");
  s.edgeNameOrIndex.set([0, at("table"), at("5"), at("6"), at("8"), at("9")]);
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = Uint8Array.from([0, 0, 0, NEW, NEW, NEW, NEW]);
  const records = findAccumulations(walker, isNew, new Uint16Array(s.nodeCount));
  assertEquals(records.map((r) => [r.holder, r.newEntries, r.keyEntries]), [[1, 4, 2]]);
  // The keys shown are the Map's keys, not its string values.
  assertEquals([...records[0].keys].sort(), ["k1", "k2"]);
});

Deno.test("accumulations: a WeakMap's new values are kept by keys another holder took", () => {
  // 0 root → 1 registry {a: 3}; 0 → 2 WeakMap ─table→ 4, whose entry is the key 3 (weak) and
  // the value 5 (weak, and the pair edge V8 names after both; the key has one too).
  const pair = "1 / part of key (Order @8) -> value (string @12) pair in WeakMap (table @10)";
  const names = ["", "Object", "WeakMap", "a", "table", "1", "2", pair, "{…}"];
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [0, 2, "element"],
    [1, 3, "property"],
    [2, 4, "internal"],
    [3, 5, "internal"],
    [4, 3, "weak"],
    [4, 5, "weak"],
    [4, 5, "internal"],
  ];
  const s = graphSnapshot([16, 32, 32, 48, 64, 40], edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.nodeName.set([at(""), at("Object"), at("WeakMap"), at("Object"), at(""), at("{…}")]);
  s.nodeType[4] = NODE_TYPES.indexOf("array");
  s.nodeType[5] = NODE_TYPES.indexOf("string");
  s.edgeNameOrIndex.set([0, 1, at("a"), at("table"), at(pair), at("1"), at("2"), at(pair)]);
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = Uint8Array.from([0, 0, 0, NEW, 0, NEW]);
  const records = findAccumulations(walker, isNew, new Uint16Array(s.nodeCount));
  assertEquals(
    records.map((r) => [r.holder, r.newEntries, r.weakKeys, [...r.keysHeldBy]]),
    [[1, 1, [], []], [2, 1, [3], [[0, 1]]]],
  );
});

/**
 * 0 root → 1 Map ─table→ 2 ─slot→ 3, an Array made since the baseline (a bucket under a new
 * key), holding 4, 5, 6; and 7, an object the baseline had, when `withOld`.
 */
function bucketGraph(withOld: boolean) {
  const names = ["", "Map", "Array", "Object", "table", "6"];
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [1, 2, "internal"],
    [2, 3, "internal"],
    [3, 4, "element"],
    [3, 5, "element"],
    [3, 6, "element"],
    ...(withOld ? [[3, 7, "element"] as GraphEdge] : []),
  ];
  const s = graphSnapshot([16, 32, 152, 32, 24, 24, 24, 24], edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.nodeName.set([0, at("Map"), 0, at("Array"), at("Object"), at("Object"), at("Object"), 0]);
  s.nodeName[7] = at("Object");
  s.nodeType[2] = NODE_TYPES.indexOf("array");
  s.edgeNameOrIndex.set([0, at("table"), at("6"), 0, 1, 2, 3].slice(0, edges.length));
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = Uint8Array.from([0, 0, 0, NEW, NEW, NEW, NEW, 0]);
  return findAccumulations(walker, isNew, new Uint16Array(s.nodeCount))
    .map((r) => [r.holder, r.newEntries, r.newUnderOld]);
}

Deno.test("accumulations: a new collection under an old holder's key, holding only new entries, is a holder", () => {
  assertEquals(bucketGraph(false), [[1, 1, false], [3, 3, true]]);
});

Deno.test("accumulations: a new collection that holds older entries too (a rebuilt value) is not", () => {
  assertEquals(bucketGraph(true), [[1, 1, false]]);
});

Deno.test("accumulations: what a replaced value and a lasting entry both reach is the lasting one's", () => {
  // 0 root → 1 {value: 3} and → 2 [4]; 3 is a value replaced since (gone by the final
  // snapshot), 4 a lasting entry; both point at 5. Holder 1 comes first in the heap's order.
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [0, 2, "element"],
    [1, 3, "property"],
    [2, 4, "element"],
    [3, 5, "property"],
    [4, 5, "property"],
  ];
  const s = graphSnapshot(new Array(6).fill(16), edges);
  s.strings = StringTable.fromArray(["", "Object", "value", "fn"]);
  s.nodeName.fill(1);
  s.edgeNameOrIndex.set([0, 0, 2, 0, 3, 3]);
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = Uint8Array.from([0, 0, 0, TRANSIENT, NEW, NEW]);
  const records = findAccumulations(walker, isNew, new Uint16Array(s.nodeCount));
  // 5 is the lasting entry's (with 4 itself); the replaced value keeps nothing that stays.
  assertEquals(
    records.map((r) => [r.holder, r.replacedEntries, r.newEntries, r.newCount]),
    [[1, 1, 0, 0], [2, 0, 1, 2]],
  );
});
