export interface Item {
  name: string;
  qty: number;
  unit?: string;
  category: string;
  note?: string;
}

interface Entry {
  tag: string;
  item: Item;
  addedBy: string;
  addedAt: number;
}

interface Tombstone {
  tag: string;
  item: Item | undefined;
  addedBy: string | undefined;
  removedBy: string;
  reason: "bought" | "removed";
  removedAt: number;
}

/**
 * An observed-remove set: every add carries a tag unique to the replica that made it
 * (`<replica>:<n>`), and a remove takes out the tags it has seen. Two phones adding "milk" while
 * offline give two entries; one of them checking it off removes only the one it saw.
 */
export class ORSet {
  #entries = new Map<string, Entry>();
  // Tags that were removed. An add can arrive after its remove (a phone that was offline syncs
  // late, or re-sends a batch it never got an answer for) and must not bring the item back.
  #tombstones = new Map<string, Tombstone>();

  add(tag: string, item: Item, replica: string): boolean {
    if (this.#entries.has(tag) || this.#tombstones.has(tag)) return false;
    this.#entries.set(tag, { tag, item, addedBy: replica, addedAt: Date.now() });
    return true;
  }

  update(tag: string, changes: Partial<Pick<Item, "qty" | "note">>): boolean {
    const entry = this.#entries.get(tag);
    if (!entry) return false;
    entry.item = { ...entry.item, ...changes };
    return true;
  }

  remove(tag: string, replica: string, reason: Tombstone["reason"]): boolean {
    if (this.#tombstones.has(tag)) return false;
    const entry = this.#entries.get(tag);
    this.#entries.delete(tag);
    const tombstone: Tombstone = {
      tag,
      item: entry?.item,
      addedBy: entry?.addedBy,
      removedBy: replica,
      reason,
      removedAt: Date.now(),
    };
    this.#tombstones.set(tag, tombstone);
    return entry !== undefined;
  }

  /** The list as the apps show it: by category, oldest first. */
  byCategory(): Record<string, { tag: string; name: string; qty: number; note?: string }[]> {
    const out: Record<string, { tag: string; name: string; qty: number; note?: string }[]> = {};
    for (const { tag, item } of this.#entries.values()) {
      (out[item.category] ??= []).push({ tag, name: item.name, qty: item.qty, note: item.note });
    }
    return out;
  }

  get size(): number {
    return this.#entries.size;
  }

  get removed(): number {
    return this.#tombstones.size;
  }
}
