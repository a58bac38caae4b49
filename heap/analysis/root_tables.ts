/**
 * V8's own tables that keep what a program registers for as long as the process lives,
 * reached only from the synthetic `(Strong roots)`: the global symbol registry that
 * `Symbol.for(key)` fills. No path of the program leads to them, so their growth would read
 * as the runtime's; but only the program's calls fill them. A table is reallocated as it
 * grows, so it is known in each snapshot by its root edge, not by its id.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";

/** A table by its root edge's name: what developers call it and the call that fills it. */
export const ROOT_TABLES: Record<string, { name: string; call: string }> = {
  public_symbol_table: { name: "Symbol.for registry", call: "Symbol.for" },
};

/** One table of a snapshot, by its root edge, and its entries (the symbols it registers). */
export interface RootTable {
  key: string;
  entries: number[];
}

/** The snapshot's {@link ROOT_TABLES} that it has, with their entries. */
export function rootTables(s: HeapSnapshot, codes: TypeCodes): RootTable[] {
  const out: RootTable[] = [];
  // The synthetic roots are among the first nodes.
  for (let i = 0; i < Math.min(s.nodeCount, 100); i++) {
    if (!s.strings.equals(s.nodeName[i], "(Strong roots)")) continue;
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
    break;
  }
  return out;
}

/** Entries per table key (a comparison's other snapshots). */
export function rootTableCounts(s: HeapSnapshot, codes: TypeCodes): Record<string, number> {
  return Object.fromEntries(rootTables(s, codes).map((t) => [t.key, t.entries.length]));
}
