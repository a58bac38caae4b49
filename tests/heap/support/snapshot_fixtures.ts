/**
 * Small hand-made heap snapshot texts for parser error tests, and the invariants every
 * parsed `HeapSnapshot` must satisfy (used by the parse and fuzz tests).
 *
 * @module
 */

import type { HeapSnapshot } from "../../../heap/graph/snapshot.ts";
import { StringTable } from "../../../heap/graph/string_table.ts";
import { EDGE_TYPES, NODE_TYPES } from "./heap_graph.ts";

/** Every string of a table, decoded (for comparisons in tests). */
export function stringArray(t: StringTable): string[] {
  return Array.from({ length: t.length }, (_, i) => t.get(i));
}

/** What `snapshotText` can vary; everything else is a valid 3-node, 3-edge snapshot. */
export interface SnapshotTextOptions {
  nodeFields?: string[];
  edgeFields?: string[];
  nodeCount?: number;
  edgeCount?: number;
  /** Raw JSON text of the whole `snapshot` header, replacing the generated one. */
  header?: string;
  nodes?: number[];
  edges?: number[];
  locations?: number[];
  strings?: string[];
  /** Raw JSON text of the `strings` array, replacing `strings`. */
  rawStrings?: string;
  /** Section order; default snapshot, nodes, edges, locations, strings. */
  order?: string[];
}

/**
 * A valid snapshot text: node 0 (synthetic root) → node 1 (object "a") by element 0, node 0
 * → node 2 (object "b") by property "a", node 1 → node 2 by element 1.
 */
export function snapshotText(o: SnapshotTextOptions = {}): string {
  const nodeFields = o.nodeFields ?? ["type", "name", "id", "self_size", "edge_count"];
  const edgeFields = o.edgeFields ?? ["type", "name_or_index", "to_node"];
  const meta = {
    node_fields: nodeFields,
    node_types: [
      NODE_TYPES,
      "string",
      "number",
      "number",
      "number",
    ],
    edge_fields: edgeFields,
    edge_types: [
      EDGE_TYPES,
      "string_or_number",
      "node",
    ],
    location_fields: ["object_index", "script_id", "line", "column"],
  };
  const header = o.header ??
    JSON.stringify({ meta, node_count: o.nodeCount ?? 3, edge_count: o.edgeCount ?? 3 });
  const sections: Record<string, string> = {
    snapshot: header,
    nodes: `[${(o.nodes ?? [9, 0, 1, 0, 2, 3, 1, 3, 40, 1, 3, 2, 5, 32, 0]).join(",")}]`,
    edges: `[${(o.edges ?? [1, 0, 5, 2, 1, 10, 1, 1, 10]).join(",")}]`,
    locations: `[${(o.locations ?? []).join(",")}]`,
    strings: o.rawStrings ?? JSON.stringify(o.strings ?? ["", "a", "b", "c"]),
  };
  const order = o.order ?? ["snapshot", "nodes", "edges", "locations", "strings"];
  return `{${order.map((k) => `"${k}":${sections[k]}`).join(",\n")}}`;
}

/**
 * Throws unless `s` is internally consistent: every index in range, `firstEdge` monotone
 * from 0 to `edgeCount`, arrays sized to the counts.
 */
export function checkInvariants(s: HeapSnapshot): void {
  const fail = (what: string) => {
    throw new Error(`invariant broken in ${s.path}: ${what}`);
  };
  const n = s.nodeCount, m = s.edgeCount;
  for (const a of [s.nodeType, s.nodeName, s.nodeId, s.nodeSelfSize]) {
    if (a.length !== n) fail("a node array's length is not nodeCount");
  }
  for (const a of [s.edgeType, s.edgeNameOrIndex, s.edgeTo]) {
    if (a.length !== m) fail("an edge array's length is not edgeCount");
  }
  if (s.firstEdge.length !== n + 1) fail("firstEdge length is not nodeCount + 1");
  if (s.firstEdge[0] !== 0 || s.firstEdge[n] !== m) fail("firstEdge does not run 0..edgeCount");
  for (let i = 0; i < n; i++) {
    if (s.firstEdge[i + 1] < s.firstEdge[i]) fail(`firstEdge decreases at node ${i}`);
    if (s.nodeType[i] >= s.meta.nodeTypes.length) fail(`node ${i} type out of range`);
    if (s.nodeName[i] >= s.strings.length) fail(`node ${i} name out of range`);
  }
  const nameIsIndex = s.meta.edgeTypes.map((t) => t === "element" || t === "hidden");
  for (let e = 0; e < m; e++) {
    if (s.edgeTo[e] >= n) fail(`edge ${e} points past the nodes`);
    if (s.edgeType[e] >= s.meta.edgeTypes.length) fail(`edge ${e} type out of range`);
    if (!nameIsIndex[s.edgeType[e]] && s.edgeNameOrIndex[e] >= s.strings.length) {
      fail(`edge ${e} name out of range`);
    }
  }
  const loc = s.locations;
  for (const a of [loc.nodeIndex, loc.scriptId, loc.line, loc.column]) {
    if (a.length !== loc.count) fail("a location array's length is not count");
  }
  for (let r = 0; r < loc.count; r++) {
    if (loc.nodeIndex[r] >= n) fail(`location ${r} points past the nodes`);
  }
  if (!(s.strings instanceof StringTable)) fail("strings is not a StringTable");
}
