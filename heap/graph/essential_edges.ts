/**
 * Which edges keep their target alive for the dominator tree, as DevTools decides
 * (`computeIsEssentialEdge`): never a weak edge or an edge to itself; a shortcut only from
 * the root; never a WeakMap table's edge to a value (its key's edge keeps it); and never an
 * edge from an object the page does not own to one it owns — otherwise what a debugger or
 * the runtime also holds (Node's module wrappers, the inspector's handles) would dominate the
 * program's objects instead of the global object.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import { ROOT_NODE, type TypeCodes } from "./model.ts";
import { weakMapEdgeNames } from "./weak_maps.ts";
import { pageOwnedNodes } from "./user_roots.ts";

/** The rules' inputs, resolved once per snapshot so hot loops compare integers. */
export interface EssentialEdgeRules {
  weak: number;
  shortcut: number;
  /** The internal edge type when the snapshot has WeakMap pair names, else -1 (never matches). */
  weakMapInternal: number;
  /** Per string: the table id a WeakMap pair edge name points at (see `weak_maps.ts`). */
  tableId: Uint32Array;
  /** Per node: 1 when the page owns it; undefined when nothing does (no edge is left out). */
  page: Uint8Array | undefined;
}

const known = new WeakMap<HeapSnapshot, EssentialEdgeRules>();

/**
 * The rules of a snapshot, found once (one search from the global objects). `stack`
 * (node-count long) is lent to that search when given.
 */
export function essentialEdgeRules(
  s: HeapSnapshot,
  codes: TypeCodes,
  stack?: Uint32Array,
): EssentialEdgeRules {
  let rules = known.get(s);
  if (rules) return rules;
  const weakMaps = weakMapEdgeNames(s);
  rules = {
    weak: codes.edgeWeak,
    shortcut: codes.edgeShortcut,
    weakMapInternal: weakMaps.any ? codes.edgeInternal : -1,
    tableId: weakMaps.tableId,
    page: pageOwnedNodes(s, codes, stack),
  };
  known.set(s, rules);
  return rules;
}

/** Whether edge `e` of node `from` counts for the dominator tree (hot loops inline this). */
export function isEssentialEdge(
  s: HeapSnapshot,
  rules: EssentialEdgeRules,
  from: number,
  e: number,
): boolean {
  const t = s.edgeType[e];
  if (t === rules.weakMapInternal && rules.tableId[s.edgeNameOrIndex[e]] === s.nodeId[from]) {
    return false;
  }
  if (t === rules.weak) return false;
  const to = s.edgeTo[e];
  if (to === from) return false;
  if (from === ROOT_NODE) return true;
  if (t === rules.shortcut) return false;
  const page = rules.page;
  return page === undefined || page[to] === 0 || page[from] === 1;
}
