/**
 * What the growth trace reads off a value's objects: a path into a suspended function's frame
 * (the hop into a generator's register file carries where its function is defined: its slots
 * have no names, the source names them), and how many levels a value that nests the previous
 * one has.
 */

import { frameOnPath, nestingDepth, runtimeObjectStep } from "../../heap/analysis/growth.ts";
import { LocationRows } from "../../heap/graph/location_rows.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { type GraphEdge, graphSnapshot, NODE_TYPES } from "./support/heap_graph.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("frame on a path: the generator's function, past element hops with large indices", () => {
  const names = ["", "parameters_and_registers", "function", "codes", "Set"];
  // 0 root ─[900000]→ 1 array ─codes→ 2 generator ─parameters_and_registers→ 3 registers
  // ─[2]→ 4 Set; 2 ─function→ 5 its closure (located).
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [1, 2, "property"],
    [2, 3, "internal"],
    [2, 5, "internal"],
    [3, 4, "element"],
  ];
  const s = graphSnapshot(new Array(6).fill(16), edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.edgeNameOrIndex.set([900000, at("codes"), at("parameters_and_registers"), at("function"), 2]);
  s.nodeType[3] = NODE_TYPES.indexOf("array");
  s.nodeType[5] = NODE_TYPES.indexOf("closure");
  s.locations = {
    count: 1,
    nodeIndex: Uint32Array.of(5),
    scriptId: Uint32Array.of(7),
    line: Uint32Array.of(33),
    column: Uint32Array.of(0),
  };
  const codes = typeCodes(s);
  const rows = new LocationRows(s);
  const path = { root: "global" as const, nodes: [0, 1, 2, 3, 4], edges: [-1, 0, 1, 2, 4] };
  assertEquals(frameOnPath(s, codes, path, rows), {
    step: 3,
    location: { scriptId: 7, line: 33, column: 0 },
  });
  assertEquals(frameOnPath(s, codes, { ...path, nodes: [0, 1], edges: [-1, 0] }, rows), undefined);
});

Deno.test("a value that nests the previous one: its levels, not everything of their class", () => {
  // 1 promise → 2 array [→ 3 array [→ 4 array [→ 9 old array]] ; each array → a result 5..7
  // holding its own array 8 (of the group too: not a level). 4 → 2 closes a cycle.
  const edges: GraphEdge[] = [
    [1, 2, "internal"],
    [2, 3, "element"],
    [2, 5, "element"],
    [3, 4, "element"],
    [3, 6, "element"],
    [4, 9, "element"],
    [4, 7, "element"],
    [5, 8, "property"],
    [4, 2, "weak"],
  ];
  const s = graphSnapshot(new Array(10).fill(16), edges);
  const codes = typeCodes(s);
  const groupOf = Uint16Array.from([0, 1, 2, 2, 2, 3, 3, 3, 2, 2]);
  const isNew = Uint8Array.from([0, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  assertEquals(nestingDepth(s, codes, 1, 2, groupOf, isNew), 3);
  assertEquals(nestingDepth(s, codes, 5, 2, groupOf, isNew), 1, "a result's own array");
  assertEquals(nestingDepth(s, codes, 1, 3, groupOf, isNew), 1);
});

Deno.test("a runtime object on a path: the first object of a runtime class with more path after it", () => {
  // 0 module scope ─analyticsFeed→ 1 ReadableStream (runtime class) ─controller→ 2 ─queue→ 3.
  const names = ["", "analyticsFeed", "controller", "queue", "ReadableStream"];
  const edges: GraphEdge[] = [
    [0, 1, "context"],
    [1, 2, "property"],
    [2, 3, "property"],
  ];
  const s = graphSnapshot(new Array(4).fill(16), edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.edgeNameOrIndex.set([at("analyticsFeed"), at("controller"), at("queue")]);
  s.nodeName[1] = at("ReadableStream");
  s.locations = {
    count: 1,
    nodeIndex: Uint32Array.of(1),
    scriptId: Uint32Array.of(9),
    line: Uint32Array.of(4),
    column: Uint32Array.of(0),
  };
  const codes = typeCodes(s);
  const rows = new LocationRows(s);
  const path = { root: "module" as const, nodes: [0, 1, 2, 3], edges: [-1, 0, 1, 2] };
  const runtime = (id: number) => id === 9;
  assertEquals(runtimeObjectStep(s, codes, path, rows, runtime), 1);
  assertEquals(runtimeObjectStep(s, codes, path, rows, () => false), -1, "the program's class");
  assertEquals(
    runtimeObjectStep(s, codes, { ...path, nodes: [0, 1], edges: [-1, 0] }, rows, runtime),
    -1,
    "the runtime object is the holder itself",
  );
  assertEquals(runtimeObjectStep(s, codes, { ...path, root: "runtime" }, rows, runtime), -1);
});
