/**
 * Field offsets come from `meta`, as DevTools reads them: a snapshot whose `node_fields` and
 * `edge_fields` list `type` (and every other field) in another order, with `node_types` and
 * `edge_types` arranged to match, parses to the same graph as V8's usual order.
 */

import { parseSnapshotFile, SnapshotParseError } from "../../heap/parse/parse.ts";
import type { HeapSnapshot } from "../../heap/graph/snapshot.ts";
import { assertEquals, assertMatch, assertRejects } from "../support/assert.ts";
import { withTempDir } from "../support/testdata.ts";
import { EDGE_TYPES, NODE_TYPES } from "./support/heap_graph.ts";
import { snapshotText, stringArray } from "./support/snapshot_fixtures.ts";

const NODE_FIELDS = ["type", "name", "id", "self_size", "edge_count"];
const EDGE_FIELDS = ["type", "name_or_index", "to_node"];
/** The fixture's rows in V8's order (see `snapshotText`). */
const NODES = [[9, 0, 1, 0, 2], [3, 1, 3, 40, 1], [3, 2, 5, 32, 0]];
const EDGES = [[1, 0, 5], [2, 1, 10], [1, 1, 10]];
/** What each field's entry in node_types / edge_types holds (the type field's is the names). */
const NODE_FIELD_TYPES: Record<string, unknown> = {
  type: NODE_TYPES,
  name: "string",
  id: "number",
  self_size: "number",
  edge_count: "number",
  detachedness: "number",
};
const EDGE_FIELD_TYPES: Record<string, unknown> = {
  type: EDGE_TYPES,
  name_or_index: "string_or_number",
  to_node: "node",
};

/** The fixture with its fields in `nodeOrder` / `edgeOrder` (extra fields hold 0). */
function reordered(nodeOrder: string[], edgeOrder: string[]): string {
  const nodes = NODES.flatMap((row) =>
    nodeOrder.map((f) => NODE_FIELDS.includes(f) ? row[NODE_FIELDS.indexOf(f)] : 0)
  );
  // to_node is an offset into the nodes array: it scales with the node field count.
  const edges = EDGES.flatMap(([type, name, to]) =>
    edgeOrder.map((f) =>
      f === "type" ? type : f === "name_or_index" ? name : (to / 5) * nodeOrder.length
    )
  );
  const meta = {
    node_fields: nodeOrder,
    node_types: nodeOrder.map((f) => NODE_FIELD_TYPES[f]),
    edge_fields: edgeOrder,
    edge_types: edgeOrder.map((f) => EDGE_FIELD_TYPES[f]),
    location_fields: ["object_index", "script_id", "line", "column"],
  };
  return snapshotText({
    header: JSON.stringify({ meta, node_count: 3, edge_count: 3 }),
    nodes,
    edges,
  });
}

async function parseText(dir: string, name: string, text: string): Promise<HeapSnapshot> {
  const file = `${dir}/${name}.heapsnapshot`;
  await Deno.writeTextFile(file, text);
  return await parseSnapshotFile(file);
}

function graphOf(s: HeapSnapshot) {
  return {
    nodeTypes: s.meta.nodeTypes,
    edgeTypes: s.meta.edgeTypes,
    nodeType: [...s.nodeType],
    nodeName: [...s.nodeName],
    nodeId: [...s.nodeId],
    nodeSelfSize: [...s.nodeSelfSize],
    firstEdge: [...s.firstEdge],
    edgeType: [...s.edgeType],
    edgeNameOrIndex: [...s.edgeNameOrIndex],
    edgeTo: [...s.edgeTo],
    strings: stringArray(s.strings),
  };
}

Deno.test("parse: every field's offset is read from meta, type included", async () => {
  await withTempDir(async (dir) => {
    const usual = graphOf(await parseText(dir, "usual", snapshotText()));
    const layouts: [string[], string[]][] = [
      [["name", "id", "self_size", "edge_count", "type"], ["to_node", "name_or_index", "type"]],
      [["edge_count", "detachedness", "type", "self_size", "id", "name"], [
        "name_or_index",
        "type",
        "to_node",
      ]],
    ];
    for (const [nodeOrder, edgeOrder] of layouts) {
      const s = await parseText(dir, nodeOrder.join("-"), reordered(nodeOrder, edgeOrder));
      assertEquals(graphOf(s), usual, `node_fields ${nodeOrder}, edge_fields ${edgeOrder}`);
    }
  });
});

Deno.test("parse: type names missing at the type field's entry are named", async () => {
  await withTempDir(async (dir) => {
    const text = reordered(["name", "type", "id", "self_size", "edge_count"], EDGE_FIELDS)
      // The type field's entry is not the list of names.
      .replace(JSON.stringify(NODE_TYPES), '"string"');
    const file = `${dir}/bad.heapsnapshot`;
    await Deno.writeTextFile(file, text);
    const err = await assertRejects(() => parseSnapshotFile(file), SnapshotParseError);
    assertMatch(err.message, /node_types\[1\]/);
  });
});
