// A course's reading list: an ordered array of items with the list's own metadata. It extends
// Array so route code can use the usual array methods on it.

import { autosave } from "./autosave.ts";

export type Importance = "essential" | "recommended" | "further";

export interface ListItem {
  isbn: string;
  importance: Importance;
  week: number;
  note: string;
  addedBy: string;
  addedAt: string;
  withdrawn: boolean;
}

export const MAX_ITEMS = 60;

export class ReadingList extends Array<ListItem> {
  id = "";
  course = "";
  term = "";
  owner = "";
  dirty = false;
  updatedAt = "";

  constructor(...items: ListItem[]) {
    super(...items);
    autosave.track(this);
  }

  static create(id: string, course: string, term: string, owner: string): ReadingList {
    const list = new ReadingList();
    list.id = id;
    list.course = course;
    list.term = term;
    list.owner = owner;
    list.updatedAt = new Date().toISOString();
    return list;
  }

  /** Adds the item, or replaces the entry for the same ISBN (a lecturer re-adding a book). */
  upsert(item: ListItem): "added" | "updated" {
    const at = this.findIndex((i) => i.isbn === item.isbn);
    if (at === -1 && this.length >= MAX_ITEMS) throw new ListError(409, "reading list is full");
    if (at === -1) this.push(item);
    else this[at] = item;
    this.touch();
    return at === -1 ? "added" : "updated";
  }

  withdraw(isbn: string, by: string): ListItem {
    const item = this.find((i) => i.isbn === isbn);
    if (!item) throw new ListError(404, `no item ${isbn} on ${this.id}`);
    item.withdrawn = true;
    item.note = `withdrawn by ${by}`;
    this.touch();
    return item;
  }

  /** Items students see (withdrawn ones stay on the list for the history). */
  visible(): ListItem[] {
    return this.filter((i) => !i.withdrawn);
  }

  touch(): void {
    this.dirty = true;
    this.updatedAt = new Date().toISOString();
  }

  toRecord() {
    return {
      id: this.id,
      course: this.course,
      term: this.term,
      owner: this.owner,
      updatedAt: this.updatedAt,
      items: Array.from(this),
    };
  }
}

export class ListError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const RANK: Record<Importance, number> = { essential: 0, recommended: 1, further: 2 };

export function byImportance(a: ListItem, b: ListItem): number {
  return RANK[a.importance] - RANK[b.importance] || a.week - b.week;
}
