/**
 * Groups and shapes start in 16-bit per-node arrays and move to 32 bits when a snapshot has
 * more than 65,536 of them: the indices are those a 32-bit array gets from the start.
 */

import { classifyNodes } from "../../heap/analysis/classes.ts";
import { classifyShapes } from "../../heap/analysis/devtools_classes.ts";
import { LocationRows } from "../../heap/graph/location_rows.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { graphSnapshot } from "./support/heap_graph.ts";
import { assert, assertEquals } from "../support/assert.ts";

/** The root and `classes` objects, each of its own constructor (`C0`, `C1`, …), twice over. */
function manyClasses(classes: number) {
  const n = 1 + 2 * classes;
  const s = graphSnapshot(new Array(n).fill(16), []);
  s.strings = StringTable.fromArray(["", ...Array.from({ length: classes }, (_, k) => `C${k}`)]);
  for (let i = 1; i < n; i++) s.nodeName[i] = 1 + ((i - 1) % classes);
  return s;
}

Deno.test("per-node indices: more than 65,536 groups and shapes widen to 32 bits", () => {
  const s = manyClasses(70_000);
  const codes = typeCodes(s);
  const rows = new LocationRows(s);
  const narrow = classifyNodes(s, codes, rows, new Uint16Array(s.nodeCount));
  const wide = classifyNodes(s, codes, rows, new Uint32Array(s.nodeCount));
  assert(narrow.groupOf instanceof Uint32Array, "the groups moved to 32 bits");
  assert(wide.keys.length > 0x10000, `${wide.keys.length} groups`);
  assertEquals(narrow.keys, wide.keys);
  assertEquals(Array.from(narrow.groupOf), Array.from(wide.groupOf));
  const sizes = s.nodeSelfSize;
  const shapes16 = classifyShapes(s, codes, sizes, rows, new Uint16Array(s.nodeCount));
  const shapes32 = classifyShapes(s, codes, sizes, rows, new Uint32Array(s.nodeCount));
  assert(shapes16.shapeOf instanceof Uint32Array, "the shapes moved to 32 bits");
  assert(shapes32.table.keys.length > 0x10000, `${shapes32.table.keys.length} shapes`);
  assertEquals(Array.from(shapes16.shapeOf), Array.from(shapes32.shapeOf));
  assertEquals(Array.from(shapes16.table.count), Array.from(shapes32.table.count));
});
