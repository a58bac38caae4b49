/**
 * A path into a suspended function's frame: the hop into a generator's register file carries
 * where the generator's function is defined (its slots have no names; the source names them).
 */

import { frameOnPath } from "../../heap/analysis/growth.ts";
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
