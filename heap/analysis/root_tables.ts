/**
 * What the runtime keeps for the program with no path of the program leading to it, known in
 * each snapshot by how the roots hold it rather than by an id:
 * - V8's own tables that keep what a program registers for as long as the process lives,
 *   reached only from the synthetic `(Strong roots)`: the global symbol registry that
 *   `Symbol.for(key)` fills. A table is reallocated as it grows, so it is known by its root
 *   edge.
 * - V8's lists in each native context that keep what the program waits on: the promises of
 *   `Atomics.waitAsync` calls still waiting (settled only by a notify or their own timeout).
 * - The runtime's handles: objects it keeps alive from its own roots while they are open (a
 *   `MessagePort` with a message handler, a socket, a watcher) — held by `(Global handles)`
 *   or by an embedder wrapper the root holds (`Node / MessagePort`). They are pooled by class,
 *   one table per class.
 *
 * Their growth would read as the runtime's, but only the program's calls fill them.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { ROOT_NODE, type TypeCodes } from "../graph/model.ts";
import { findName } from "./names.ts";

/** What developers call a table, the call that fills it and how to stop it growing. */
export interface TableInfo {
  name: string;
  call: string;
  fix: string;
}

/** The tables by their root edge's name. */
export const ROOT_TABLES: Record<string, TableInfo> = {
  public_symbol_table: {
    name: "Symbol.for registry",
    call: "Symbol.for",
    fix: "V8 keeps every key Symbol.for() registers for as long as the process lives: a key " +
      "made per object (an id in it) registers one more each time. Use Symbol() or a plain " +
      "string for such keys, and Symbol.for() only for a fixed set",
  },
};

/** The same for the lists a native context holds, by the context's edge to them. */
const CONTEXT_TABLES: Record<string, TableInfo> = {
  atomics_waitasync_promises: {
    name: "Atomics.waitAsync waiters",
    call: "Atomics.waitAsync",
    fix: "V8 keeps each Atomics.waitAsync() waiting, with everything its promise's callbacks " +
      "reach, until a notify() on that index or its own timeout: one raced against a timer " +
      "and given up on still waits. Pass the timeout to Atomics.waitAsync() itself (its " +
      "fourth argument) instead of racing it, or notify the waiters you abandon",
  },
};

/** The key of the handle table of class `cls`: never a root edge's name. */
const HANDLES = "handles ";

/** What developers call a table and, for a registry, the call that fills it. */
export function rootTableInfo(
  key: string,
): { name: string; call?: string; fix?: string; cls?: string } {
  if (!key.startsWith(HANDLES)) return ROOT_TABLES[key] ?? CONTEXT_TABLES[key];
  const cls = key.slice(HANDLES.length);
  return { name: `${cls} handles`, cls };
}

/**
 * One table of a snapshot, by its key, and its entries (the symbols a registry holds, the
 * objects of one class the runtime's handles hold).
 */
export interface RootTable {
  key: string;
  entries: number[];
}

/** The synthetic root category named `name` (`(Strong roots)`, `(Global handles)`), or -1. */
export function syntheticRoot(s: HeapSnapshot, name: string): number {
  // The synthetic roots are among the first nodes; no need to scan millions.
  for (let i = 0; i < Math.min(s.nodeCount, 100); i++) {
    if (s.strings.equals(s.nodeName[i], name)) return i;
  }
  return -1;
}

/** The snapshot's {@link ROOT_TABLES} that it has, with their entries. */
export function rootTables(s: HeapSnapshot, codes: TypeCodes): RootTable[] {
  const out: RootTable[] = [...handleTables(s, codes)];
  const i = syntheticRoot(s, "(Strong roots)");
  if (i >= 0) {
    for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeInternal) continue;
      const key = s.strings.get(s.edgeNameOrIndex[e]);
      if (!(key in ROOT_TABLES)) continue;
      const node = s.edgeTo[e];
      const entries: number[] = [];
      for (let f = s.firstEdge[node], fend = s.firstEdge[node + 1]; f < fend; f++) {
        if (s.nodeType[s.edgeTo[f]] === codes.symbol) entries.push(s.edgeTo[f]);
      }
      out.push({ key, entries });
    }
  }
  out.push(...contextTables(s, codes));
  return out;
}

/** The {@link CONTEXT_TABLES} of every native context, each table's promises together. */
function contextTables(s: HeapSnapshot, codes: TypeCodes): RootTable[] {
  const contextName = findName(s, "system / NativeContext");
  const promiseName = findName(s, "Promise");
  if (contextName < 0 || promiseName < 0) return [];
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < s.nodeCount; i++) {
    if (s.nodeName[i] !== contextName) continue;
    for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeInternal) continue;
      const key = s.strings.get(s.edgeNameOrIndex[e]);
      if (!(key in CONTEXT_TABLES)) continue;
      const list = s.edgeTo[e];
      const entries = byKey.get(key) ?? [];
      for (let f = s.firstEdge[list], fend = s.firstEdge[list + 1]; f < fend; f++) {
        if (s.nodeName[s.edgeTo[f]] === promiseName) entries.push(s.edgeTo[f]);
      }
      byKey.set(key, entries);
    }
  }
  return [...byKey].map(([key, entries]) => ({ key, entries }));
}

/**
 * The objects the runtime's handles keep, one table per class: what `(Global handles)` points
 * at, and what the embedder's wrappers directly under the root (`Node / MessagePort`) wrap.
 * Only objects of a named class count (not V8's `system / …` nodes, not plain objects or
 * arrays: no resource the program opens is one, and the runtime holds such data for objects
 * the program keeps elsewhere — a CryptoKey's usages — where their growth is counted).
 */
function handleTables(s: HeapSnapshot, codes: TypeCodes): RootTable[] {
  const byName = new Map<number, Set<number>>();
  const take = (holder: number) => {
    for (let e = s.firstEdge[holder], end = s.firstEdge[holder + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeWeak) continue;
      const node = s.edgeTo[e];
      if (s.nodeType[node] !== codes.object) continue;
      const name = s.nodeName[node];
      if (
        s.strings.startsWith(name, "system / ") || s.strings.equals(name, "Object") ||
        s.strings.equals(name, "Array")
      ) continue;
      let set = byName.get(name);
      if (!set) byName.set(name, set = new Set());
      set.add(node);
    }
  };
  const handles = syntheticRoot(s, "(Global handles)");
  if (handles >= 0) take(handles);
  // The embedder's wrappers: synthetic children of the root not named like V8's own
  // categories (`(GC roots)`), one per object.
  for (let e = s.firstEdge[ROOT_NODE], end = s.firstEdge[ROOT_NODE + 1]; e < end; e++) {
    const child = s.edgeTo[e];
    if (s.nodeType[child] === codes.synthetic && !s.strings.startsWith(s.nodeName[child], "(")) {
      take(child);
    }
  }
  return [...byName].map(([name, set]) => ({
    key: HANDLES + s.strings.get(name),
    entries: [...set],
  }));
}

/** Entries per table key (a comparison's other snapshots). */
export function rootTableCounts(s: HeapSnapshot, codes: TypeCodes): Record<string, number> {
  return Object.fromEntries(rootTables(s, codes).map((t) => [t.key, t.entries.length]));
}
