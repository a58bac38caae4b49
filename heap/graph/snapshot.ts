/**
 * The in-memory form of one parsed `.heapsnapshot`: typed arrays indexed by node or edge
 * *index* (not by the flat-array offsets the file uses), plus the string table.
 *
 * This is the contract between the streaming parser (`heap/parse/parse.ts`) and every analysis
 * module. Field layout in the file varies by V8 version; the parser reads it from
 * `snapshot.meta` and fills these arrays, dropping fields the analysis does not need
 * (e.g. Node's `trace_node_id`).
 *
 * @module
 */

import type { StringTable } from "./string_table.ts";

/** Type names and field names as the file's `snapshot.meta` declares them. */
export interface SnapshotMeta {
  /** `meta.node_fields`, e.g. `type,name,id,self_size,edge_count,detachedness`. */
  nodeFields: string[];
  /** The names of node types (`meta.node_types` at the `type` field's position), indexed by that field. */
  nodeTypes: string[];
  /** `meta.edge_fields`, e.g. `type,name_or_index,to_node`. */
  edgeFields: string[];
  /** The names of edge types (`meta.edge_types` at the edge `type` field's position). */
  edgeTypes: string[];
  /** `meta.location_fields` (absent in very old snapshots). */
  locationFields: string[];
}

/** Where a closure's code (or an object's constructor) starts, in the *generated* script. */
export interface SnapshotLocations {
  /** Number of rows. */
  count: number;
  /** Node index (not offset) of the object the row describes. */
  nodeIndex: Uint32Array;
  /** V8 script id; matches `Debugger.scriptParsed.scriptId` recorded in the sidecar. */
  scriptId: Uint32Array;
  /** 0-based line in the generated script. */
  line: Uint32Array;
  /** 0-based column in the generated script. */
  column: Uint32Array;
}

/** A parsed heap snapshot. Node `i`'s edges are `firstEdge[i] .. firstEdge[i + 1] - 1`. */
export interface HeapSnapshot {
  /** The file it was read from (for messages). */
  path: string;
  meta: SnapshotMeta;
  nodeCount: number;
  edgeCount: number;
  /** Per node: index into `meta.nodeTypes`. */
  nodeType: Uint8Array;
  /** Per node: index into `strings`. */
  nodeName: Uint32Array;
  /** Per node: V8's object id, stable across snapshots of one HeapProfiler session. */
  nodeId: Uint32Array;
  /** Per node: shallow size in bytes. */
  nodeSelfSize: Uint32Array;
  /**
   * Per node: the `detachedness` field, when the snapshot has one (0 unknown, 1 attached to
   * a document, 2 detached): DevTools names detached DOM objects from it.
   */
  nodeDetachedness?: Uint8Array;
  /** Per node + 1: index of the node's first edge; `firstEdge[nodeCount] === edgeCount`. */
  firstEdge: Uint32Array;
  /** Per edge: index into `meta.edgeTypes`. */
  edgeType: Uint8Array;
  /** Per edge: element/hidden index, or index into `strings` for other edge types. */
  edgeNameOrIndex: Uint32Array;
  /** Per edge: target node *index* (the file's `to_node` divided by the node field count). */
  edgeTo: Uint32Array;
  /** The `strings` section, decoded on demand (`strings.get(i)`). */
  strings: StringTable;
  locations: SnapshotLocations;
}
