/**
 * A declared path's hops as reports show them: each node's name, the edge into it, and for a
 * Map entry the key it is stored under (`channels.get("orders")`, `'abort'` listeners of a
 * Node EventTarget, whose listener table is a Map). Both the suspects and `find_retainers`
 * name paths from these steps, so they name a holder alike.
 *
 * @module
 */

import type { RetainerStep } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import { edgeLabel, isStringType, type TypeCodes } from "../graph/model.ts";
import type { DeclaredPath, DeclaredScopes } from "./declared_paths.ts";
import { displayName } from "./holders.ts";
import { weakMapEdgeNames } from "../graph/weak_maps.ts";
import { mapTableSlot, tableSlotIndex } from "../graph/map_tables.ts";
import { slicedParent, stringText } from "./preview.ts";
import { UNKNOWN_KEY } from "./path_text.ts";

/** The steps of `path`; an exported binding's cell hop reads as the binding's name. */
export function declaredPathSteps(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath,
  scopes: DeclaredScopes,
): RetainerStep[] {
  const steps: RetainerStep[] = path.nodes.map((node, k) => {
    const e = path.edges[k];
    const step: RetainerStep = { node: displayName(s, codes, node), nodeId: s.nodeId[node] };
    if (e >= 0) {
      step.edge = edgeLabel(s, codes, e);
      step.edgeType = s.meta.edgeTypes[s.edgeType[e]];
      const owner = k > 1 ? displayName(s, codes, path.nodes[k - 2]) : "";
      const key = /Map$/.test(owner) ? mapKeyOf(s, codes, path.nodes[k - 1], e) : undefined;
      if (key !== undefined) step.key = key;
      const table = weakMapTableOf(s, e);
      if (table !== undefined) step.weakMap = weakMapName(s, codes, table);
    }
    return step;
  });
  const exported = path.root === "export" ? scopes.exports.get(path.nodes[0]) : undefined;
  if (exported !== undefined && steps[1]) {
    steps[1] = { ...steps[1], edge: exported, edgeType: "context" };
  }
  return throughGetters(steps, path, scopes);
}

/**
 * A global's getter over one variable, its scope and the variable read as the property the
 * program reads: `get process` → `context` → `_process` is `process`.
 */
function throughGetters(
  steps: RetainerStep[],
  path: DeclaredPath,
  scopes: DeclaredScopes,
): RetainerStep[] {
  const k = path.nodes.findIndex((n) => scopes.valueGetters.has(n));
  if (k < 1 || k + 2 >= steps.length) return steps;
  const property = steps[k].edge?.replace(/^get /, "");
  const value = { ...steps[k + 2], edge: property, edgeType: "property" };
  return [...steps.slice(0, k), value, ...steps.slice(k + 3)];
}

/**
 * The key of a Map entry reached through its hash table's slot `edge` (keys sit just before
 * values): a string key's text, or the key's class; `…` for a value slot whose key has no
 * node (a small integer); undefined when the slot is not a value slot (a Set's entries, a
 * Map's keys).
 */
export function mapKeyOf(
  s: HeapSnapshot,
  codes: TypeCodes,
  table: number,
  edge: number,
): string | undefined {
  const slot = tableSlotIndex(s, codes, table, edge);
  if (slot === undefined) return;
  const keyName = String(slot - 1);
  for (let e = s.firstEdge[table], end = s.firstEdge[table + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeInternal || !s.strings.equals(s.edgeNameOrIndex[e], keyName)) {
      continue;
    }
    const key = s.edgeTo[e];
    if (isStringType(codes, s.nodeType[key])) {
      const cut = (text: string) =>
        JSON.stringify(text.length > 40 ? text.slice(0, 40) + "…" : text);
      const text = stringText(s, codes, key, 41, true);
      if (text !== undefined) return cut(text);
      // A slice its parent does not pin down: said as what it is a part of.
      const parent = slicedParent(s, codes, key);
      const from = parent < 0 ? undefined : stringText(s, codes, parent, 41);
      return from === undefined ? displayName(s, codes, key) : `a part of ${cut(from)}`;
    }
    // A symbol as the program made it: `get(Symbol(UnitOfWork))`.
    if (s.meta.nodeTypes[s.nodeType[key]] === "symbol") return symbolText(s, codes, key);
    // A class or function as the key reads as the program passes it: `get(ParcelShipment)`.
    if (s.nodeType[key] === codes.closure && s.strings.get(s.nodeName[key])) {
      return s.strings.get(s.nodeName[key]);
    }
    return displayName(s, codes, key);
  }
  return mapTableSlot(s.nodeSelfSize[table], slot) === "value" ? UNKNOWN_KEY : undefined;
}

/** `Symbol(description)` for a symbol node (its `name` edge), `Symbol()` without one. */
function symbolText(s: HeapSnapshot, codes: TypeCodes, symbol: number): string {
  for (let e = s.firstEdge[symbol], end = s.firstEdge[symbol + 1]; e < end; e++) {
    const to = s.edgeTo[e];
    if (s.strings.equals(s.edgeNameOrIndex[e], "name") && isStringType(codes, s.nodeType[to])) {
      return `Symbol(${s.strings.get(s.nodeName[to])})`;
    }
  }
  return "Symbol()";
}

/** The node id of the WeakMap table an edge from a key to its value names, if it is one. */
function weakMapTableOf(s: HeapSnapshot, edge: number): number | undefined {
  const names = weakMapEdgeNames(s);
  if (!names.any || s.meta.edgeTypes[s.edgeType[edge]] === "weak") return undefined;
  const id = names.tableId[s.edgeNameOrIndex[edge]];
  return id ? id : undefined;
}

/**
 * What the program calls the WeakMap that owns table `tableId`: the variable or property that
 * holds it (`statsByPool`). Scans the edges (a path reaches a WeakMap's value from its key
 * rarely, and only paths being named ask).
 */
function weakMapName(s: HeapSnapshot, codes: TypeCodes, tableId: number): string {
  const { firstEdge, edgeTo, edgeType } = s;
  const holderOf = (target: number, accept: (from: number, e: number) => boolean) => {
    for (let v = 0; v < s.nodeCount; v++) {
      for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
        if (edgeTo[e] === target && accept(v, e)) return { from: v, edge: e };
      }
    }
    return undefined;
  };
  const table = s.nodeId.indexOf(tableId);
  const map = table < 0
    ? undefined
    : holderOf(table, (v) => displayName(s, codes, v) === "WeakMap")?.from;
  if (map === undefined) return "WeakMap";
  const named = holderOf(
    map,
    (_, e) => edgeType[e] === codes.edgeContext || edgeType[e] === codes.edgeProperty,
  );
  return named ? edgeLabel(s, codes, named.edge) : "WeakMap";
}
