/**
 * Reads the `snapshot` header (`meta`, `node_count`, `edge_count`) into the field layout
 * the number scanners need, rejecting layouts the analysis cannot use.
 *
 * @module
 */

import type { SnapshotMeta } from "../graph/snapshot.ts";

/** Where each needed field sits in a node, edge and location row, plus the declared counts. */
export interface SnapshotLayout {
  meta: SnapshotMeta;
  nodeCount: number;
  edgeCount: number;
  nodeFieldCount: number;
  nodeTypeField: number;
  nodeNameField: number;
  nodeIdField: number;
  nodeSelfSizeField: number;
  nodeEdgeCountField: number;
  edgeFieldCount: number;
  edgeTypeField: number;
  edgeNameField: number;
  edgeToField: number;
  /** 0 when the snapshot declares no `location_fields`. */
  locationFieldCount: number;
  locationObjectField: number;
  locationScriptField: number;
  locationLineField: number;
  locationColumnField: number;
  /** Per edge type: true when `name_or_index` is a number (element, hidden), not a string. */
  edgeTypeIsIndex: boolean[];
}

/**
 * Validates the parsed header and returns the layout, or a sentence saying what is wrong
 * (the caller adds file and offset). `fileBytes` bounds the declared counts: each number in
 * the file takes at least two bytes, so larger counts are impossible and would only make us
 * allocate memory for nothing.
 */
export function layoutFromHeader(header: unknown, fileBytes: number): SnapshotLayout | string {
  if (!isObject(header)) return 'expected "snapshot" to be an object';
  const meta = header.meta;
  if (!isObject(meta)) return 'expected "snapshot.meta" to be an object';

  const nodeFields = stringList(meta.node_fields);
  const edgeFields = stringList(meta.edge_fields);
  if (!nodeFields) return 'expected "snapshot.meta.node_fields" to be an array of strings';
  if (!edgeFields) return 'expected "snapshot.meta.edge_fields" to be an array of strings';
  const missingNode = missing(nodeFields, ["type", "name", "id", "self_size", "edge_count"]);
  if (missingNode) {
    return `unsupported V8 layout: meta.node_fields [${nodeFields}] ${missingNode}`;
  }
  const missingEdge = missing(edgeFields, ["type", "name_or_index", "to_node"]);
  if (missingEdge) {
    return `unsupported V8 layout: meta.edge_fields [${edgeFields}] ${missingEdge}`;
  }
  // Each field's entry in node_types/edge_types describes it: the type names are the entry
  // of the `type` field, wherever node_fields puts it (as DevTools reads them).
  const nodeTypeField = nodeFields.indexOf("type");
  const edgeTypeField = edgeFields.indexOf("type");
  const nodeTypes = Array.isArray(meta.node_types)
    ? stringList(meta.node_types[nodeTypeField])
    : undefined;
  const edgeTypes = Array.isArray(meta.edge_types)
    ? stringList(meta.edge_types[edgeTypeField])
    : undefined;
  if (!nodeTypes) {
    return `expected "snapshot.meta.node_types[${nodeTypeField}]" (the type field's entry) to be the array of node type names`;
  }
  if (!edgeTypes) {
    return `expected "snapshot.meta.edge_types[${edgeTypeField}]" (the type field's entry) to be the array of edge type names`;
  }
  let locationFields: string[] = [];
  if (meta.location_fields !== undefined) {
    const list = stringList(meta.location_fields);
    if (!list) return 'expected "snapshot.meta.location_fields" to be an array of strings';
    locationFields = list;
  }

  if (locationFields.length > 0) {
    const missingLoc = missing(locationFields, ["object_index", "script_id", "line", "column"]);
    if (missingLoc) {
      return `unsupported V8 layout: meta.location_fields [${locationFields}] ${missingLoc}`;
    }
  }
  if (nodeTypes.length > 256 || edgeTypes.length > 256) {
    return "unsupported V8 layout: more than 256 node or edge types";
  }

  const nodeCount = header.node_count;
  const edgeCount = header.edge_count;
  if (!isCount(nodeCount)) return 'expected "snapshot.node_count" to be a non-negative integer';
  if (!isCount(edgeCount)) return 'expected "snapshot.edge_count" to be a non-negative integer';
  // Each number takes at least a digit and a comma.
  const minBytes = (nodeCount * nodeFields.length + edgeCount * edgeFields.length) * 2;
  if (minBytes > fileBytes) {
    return `snapshot.node_count ${nodeCount} and edge_count ${edgeCount} need at least ` +
      `${minBytes} bytes, but the file has only ${fileBytes} (truncated file or wrong counts?)`;
  }
  if (nodeCount > 0xffffffff / nodeFields.length || edgeCount > 0xfffffffe) {
    return "node_count or edge_count too large for 32-bit indexes";
  }

  return {
    meta: { nodeFields, nodeTypes, edgeFields, edgeTypes, locationFields },
    nodeCount,
    edgeCount,
    nodeFieldCount: nodeFields.length,
    nodeTypeField,
    nodeNameField: nodeFields.indexOf("name"),
    nodeIdField: nodeFields.indexOf("id"),
    nodeSelfSizeField: nodeFields.indexOf("self_size"),
    nodeEdgeCountField: nodeFields.indexOf("edge_count"),
    edgeFieldCount: edgeFields.length,
    edgeTypeField,
    edgeNameField: edgeFields.indexOf("name_or_index"),
    edgeToField: edgeFields.indexOf("to_node"),
    locationFieldCount: locationFields.length,
    locationObjectField: locationFields.indexOf("object_index"),
    locationScriptField: locationFields.indexOf("script_id"),
    locationLineField: locationFields.indexOf("line"),
    locationColumnField: locationFields.indexOf("column"),
    edgeTypeIsIndex: edgeTypes.map((t) => t === "element" || t === "hidden"),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  return v.every((s) => typeof s === "string") ? v as string[] : undefined;
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}

function missing(have: string[], need: string[]): string | undefined {
  const dup = have.find((f, i) => have.indexOf(f) !== i);
  if (dup) return `names "${dup}" twice`;
  const absent = need.find((f) => !have.includes(f));
  return absent ? `lacks "${absent}"` : undefined;
}
