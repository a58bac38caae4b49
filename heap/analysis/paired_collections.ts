/**
 * Collections of one object that pass entries between them are one structure. A queue on two
 * stacks pushes onto its inbox and takes off its outbox, refilled from the inbox when it runs
 * dry (`this.#outbox.push(this.#inbox.pop())`): one stack alone grows and shrinks with no leak
 * while the two together stay at their cap, and when the two together grow, the entries leave
 * the structure only where they leave the other stack.
 *
 * The worker lists the holder's sibling collections (the other collections of the object
 * whose property it is); the program's sources say which of them it moves entries into or
 * out of.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { edgeLabel } from "../graph/model.ts";
import type { SourceStatement } from "../report.ts";
import type { DeclaredPath } from "./declared_paths.ts";
import type { GrowthRecord } from "./growth.ts";
import { displayName } from "./holders.ts";
import { findTransfers } from "./source_transfers.ts";
import type { SnapshotAnalysis } from "./analyze.ts";
import { entriesOf, summedFigures } from "./suspect_growth.ts";

/** Another collection of the object a holder is a property of. */
export interface SiblingCollection {
  /** The property it is kept under (`#outbox`). */
  edge: string;
  nodeId: number;
}

/** Collections that can pass entries between them. */
const PAIRED_KINDS = new Set(["Array", "Map", "Set"]);

/** Most siblings listed per holder. */
const MAX_SIBLINGS = 6;

/**
 * The other collections of the holder's kind that the object holding it keeps as properties,
 * when the path reaches the holder by a property.
 */
export function siblingCollections(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath,
): SiblingCollection[] {
  const holder = path.nodes.at(-1)!;
  const into = path.edges.at(-1)!;
  const parent = path.nodes.at(-2);
  if (parent === undefined || into < 0 || s.edgeType[into] !== codes.edgeProperty) return [];
  const kind = displayName(s, codes, holder);
  if (!PAIRED_KINDS.has(kind)) return [];
  const out: SiblingCollection[] = [];
  for (let e = s.firstEdge[parent], end = s.firstEdge[parent + 1]; e < end; e++) {
    const t = s.edgeTo[e];
    if (t === holder || s.edgeType[e] !== codes.edgeProperty) continue;
    if (s.nodeType[t] !== s.nodeType[holder] || displayName(s, codes, t) !== kind) continue;
    out.push({ edge: edgeLabel(s, codes, e), nodeId: s.nodeId[t] });
    if (out.length === MAX_SIBLINGS) break;
  }
  return out;
}

/** A holder and the sibling it passes entries to or takes them from. */
export interface Exchange {
  /** The holder's property and its sibling's (`#inbox`, `#outbox`). */
  field: string;
  partner: string;
  partnerId: number;
  /** The statements that move entries between them, best first. */
  moves: SourceStatement[];
  /** Whether entries leave the holder only that way (no other statement takes them out). */
  onlyByMoves?: boolean;
}

/** The sibling `r`'s holder passes entries to or takes them from, if the program does. */
export function exchangeOf(
  r: GrowthRecord,
  sources: [string, string][],
  preferUrl?: string,
): Exchange | undefined {
  const field = r.path?.steps.at(-1)?.edge;
  if (!r.siblings?.length || field === undefined) return undefined;
  for (const sibling of r.siblings) {
    const moves = findTransfers(sources, field, sibling.edge, preferUrl);
    if (moves.length) {
      return { field, partner: sibling.edge, partnerId: sibling.nodeId, moves };
    }
  }
  return undefined;
}

/**
 * `r` judged with the sibling it exchanges entries with: the two together hold its entries,
 * and the sibling's new objects, when it has a record of its own (`partner`), are counted here.
 */
export function pairedRecord(
  r: GrowthRecord,
  exchange: Exchange,
  partner: GrowthRecord | undefined,
  after: SnapshotAnalysis,
): GrowthRecord {
  const paired: GrowthRecord = {
    ...r,
    entries: r.entries + entriesOf(after, exchange.partnerId),
    exchange,
  };
  if (!partner) return paired;
  return { ...paired, ...summedFigures([r, partner]), nested: [...r.nested, ...partner.nested] };
}
