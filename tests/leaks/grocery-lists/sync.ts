import { type Household, replicaOf } from "./households.ts";
import type { Item } from "./orset.ts";

export type Op =
  | { op: "add"; tag: string; item: Item }
  | { op: "update"; tag: string; qty?: number; note?: string }
  | { op: "check"; tag: string }
  | { op: "remove"; tag: string };

export interface SyncResult {
  applied: number;
  skipped: number;
  rejected: string[];
}

const MAX_OPS = 200;
const CATEGORIES = new Set([
  "produce",
  "dairy",
  "bakery",
  "pantry",
  "frozen",
  "household",
  "other",
]);

function validItem(item: Item | undefined): item is Item {
  return !!item && typeof item.name === "string" && item.name.length > 0 &&
    item.name.length <= 80 && Number.isFinite(item.qty) && item.qty > 0;
}

/** Applies a replica's batch of ops to the household's list (idempotent per tag). */
export function applyOps(home: Household, replicaId: string, clock: number, ops: Op[]): SyncResult {
  const result: SyncResult = { applied: 0, skipped: 0, rejected: [] };
  if (!Array.isArray(ops) || ops.length > MAX_OPS) {
    result.rejected.push(`ops: an array of at most ${MAX_OPS}`);
    return result;
  }
  const replica = replicaOf(home, replicaId);
  for (const op of ops) {
    const tag: unknown = op?.tag;
    if (typeof tag !== "string" || !tag.includes(":")) {
      result.rejected.push(`bad tag ${JSON.stringify(tag)}`);
      continue;
    }
    let done = false;
    switch (op.op) {
      case "add":
        if (!validItem(op.item)) {
          result.rejected.push(`${op.tag}: item needs a name and a quantity`);
          continue;
        }
        if (!CATEGORIES.has(op.item.category)) op.item.category = "other";
        done = home.list.add(op.tag, op.item, replicaId);
        break;
      case "update":
        done = home.list.update(op.tag, { qty: op.qty, note: op.note });
        break;
      case "check":
        done = home.list.remove(op.tag, replicaId, "bought");
        break;
      case "remove":
        done = home.list.remove(op.tag, replicaId, "removed");
        break;
      default:
        result.rejected.push(`${tag}: unknown op ${JSON.stringify((op as { op?: unknown }).op)}`);
        continue;
    }
    if (done) result.applied++;
    else result.skipped++;
  }
  replica.clock = Math.max(replica.clock, clock);
  replica.lastSyncAt = Date.now();
  replica.syncs++;
  return result;
}
