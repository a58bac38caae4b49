/**
 * Linked structures grown by splicing. A sorted list or a skip list (`prev.next = node`,
 * `update[i].next[i] = node`) takes each new node in where it belongs: many of its old
 * nodes' links now hold one new node each, none of them a holder that grew, while the
 * structure gains a node a call. Such holders — links of a node of the new nodes' own class,
 * a property (`next`) or the slots of an array the node keeps its links in (`next[i]`) — are
 * judged together, as the structure named where it starts (`board.#head`): the first node of
 * that class on their paths.
 *
 * Links that gained slots (a tree's `children.push(child)`) are a tree's growth, measured by
 * its collections as before; here a new node takes an old link's place.
 *
 * A chain that hangs from one of a bounded holder's objects (an LRU's evicted nodes, still
 * linked from the tail's `next`) is a structure of its own too: named by that object.
 *
 * @module
 */

import type { SnapshotAnalysis } from "./analyze.ts";
import type { GrowthRecord } from "./growth.ts";
import {
  chainLength,
  classGrowth,
  entriesOf,
  fewestAdded,
  summedFigures,
} from "./suspect_growth.ts";

/** Where a holder sits in a linked structure. */
interface LinkedHolder {
  /** Index of the structure's first node on the holder's path. */
  start: number;
  /** The link, as a path hop reads (`next`, `next[…]`). */
  link: string;
}

/**
 * `records` with the holders of each linked structure grown by splicing replaced by one record
 * for the structure (see the module doc); the others as they were.
 */
export function splicedStructures(
  records: GrowthRecord[],
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  cycles: number | undefined,
): GrowthRecord[] {
  const structures = new Map<string, { at: LinkedHolder; members: GrowthRecord[] }>();
  const out: GrowthRecord[] = [];
  for (const r of records) {
    const at = linkedHolder(r, after);
    if (!at) {
      out.push(r);
      continue;
    }
    const start = r.path!.steps[at.start];
    const key = `${start.nodeId}\u0000${at.link}\u0000${r.entryGroups[0][0]}`;
    const known = structures.get(key);
    if (known) known.members.push(r);
    else structures.set(key, { at, members: [r] });
  }
  // As many new nodes as any holder needs to have grown.
  const least = fewestAdded(cycles);
  for (const { at, members } of structures.values()) {
    const nodes = members.reduce((n, r) => n + chainLength(r), 0);
    const added = members.reduce((n, r) => n + r.newEntries, 0);
    // Slots gained, not links rewritten: a tree's collections grew.
    const gained = members.reduce(
      (n, r) => n + Math.max(0, r.entries - entriesOf(before, r.holderId)),
      0,
    );
    const more = classGrowth(members[0].entryGroups[0][0], before, after);
    const spliced = 2 * gained < added && nodes >= least && more >= least &&
      // One list's tail measured as a list already.
      !(members.length === 1 && members[0].chain);
    if (spliced) out.push(structureRecord(members, at));
    else out.push(...members);
  }
  return out;
}

/**
 * Where `r`'s holder sits in a linked structure: its one or two new entries are of the class of
 * the node whose link it is (the holder itself, or the node that keeps it as an array of
 * links), and its path reaches it from the first node of that class by that link alone.
 */
function linkedHolder(r: GrowthRecord, after: SnapshotAnalysis): LinkedHolder | undefined {
  const steps = r.path?.steps;
  const entryGroup = r.entryGroups[0]?.[0];
  if (!steps || entryGroup === undefined || r.timer || r.newEntries > 2 || !r.entryEdge) {
    return undefined;
  }
  const cls = after.groups.names[entryGroup];
  const holder = steps.at(-1)!;
  const inArray = r.holderName === "Array" && /^\[\d+\]$/.test(r.entryEdge) &&
    holder.edgeType === "property" && steps.at(-2)?.node === cls;
  const link = inArray
    ? `${holder.edge}[…]`
    : holder.node === cls && /^[\w$#]+$/.test(r.entryEdge)
    ? r.entryEdge
    : undefined;
  if (!link || !holder.edge) return undefined;
  const start = steps.findIndex((step, k) => k > 0 && step.node === cls);
  if (start < 0) return undefined;
  // Every hop from the first node on is the link.
  const hop = inArray ? 2 : 1;
  const end = steps.length - (inArray ? 1 : 0);
  if ((end - 1 - start) % hop !== 0) return undefined;
  for (let k = start + 1; k < end; k += hop) {
    if (steps[k].edge !== holder.edge || steps[k + hop - 1].node !== cls) return undefined;
  }
  return { start, link };
}

/** One record for a structure's holders, named by its first node. */
function structureRecord(members: GrowthRecord[], at: LinkedHolder): GrowthRecord {
  const ranked = [...members].sort((a, b) => chainLength(b) - chainLength(a));
  const base = ranked[0];
  const steps = base.path!.steps.slice(0, at.start + 1);
  const record: GrowthRecord = {
    ...base,
    holderId: steps.at(-1)!.nodeId,
    holderName: steps.at(-1)!.node,
    ...summedFigures(members),
    chain: true,
    chainLink: at.link,
    appendsToOld: false,
    spliced: members.length,
    path: { ...base.path!, steps },
    // The new nodes' own links are the structure itself, not collections inside it.
    nested: members.flatMap((r) => r.nested).filter((n) =>
      n.path.steps.at(-1)?.edge !== at.link.replace(/\[…\]$/, "")
    ),
  };
  delete record.appendLink;
  delete record.rebuilt;
  delete record.largest;
  return record;
}

/**
 * The chain hanging from one of `r`'s objects (`GrowthRecord.hang`) as a record of its own,
 * when `r` did not grow but the chain did: as many new nodes as a holder needs to have grown,
 * with as many more of its class alive.
 */
export function hangingChain(
  r: GrowthRecord,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  cycles: number | undefined,
): GrowthRecord | undefined {
  const hang = r.hang;
  // Its objects moved to the value a chain grows from (`chainsToHeads`): that value's growth.
  if (!hang?.path || r.chain || r.timer || r.newBytes < hang.bytes) return undefined;
  const least = fewestAdded(cycles);
  const more = classGrowth(hang.group, before, after);
  if (hang.links < least || more < least) return undefined;
  // Former entries that were there before are on it too (evicted since): the chain grew by
  // as many as its class, at most by all it holds.
  const links = Math.min(more, hang.links + hang.oldLinks);
  const record: GrowthRecord = {
    ...r,
    holderId: hang.nodeId,
    holderName: hang.name,
    holderGroup: hang.group,
    path: hang.path,
    formerHolder: r.path,
    newEntries: 1,
    entries: 1,
    newCount: hang.objects,
    newBytes: hang.bytes,
    entryGroups: [[hang.group, links]],
    regionGroups: [[hang.group, links, hang.bytes]],
    // The classes it keeps are among the holder's (the groups table marks them).
    regionShapes: r.regionShapes,
    chain: true,
    chainLink: hang.link,
    appendsToOld: false,
    sampleEntryId: hang.nodeId,
    nested: [],
  };
  for (
    const field of [
      "appendLink",
      "rebuilt",
      "largest",
      "hang",
      "sharedWith",
      "keysHeldBy",
      "sampleKeys",
      "keyEntries",
      "sample",
    ] as const
  ) delete record[field];
  return record;
}
