// The reading lists of this term, by id, and the edits lecturers make to them.

import { lookupWork, normaliseIsbn } from "./catalog.ts";
import { type Importance, ListError, type ListItem, ReadingList } from "./reading_list.ts";

const lists = new Map<string, ReadingList>();

function seed(id: string, course: string, owner: string, isbns: [string, Importance, number][]) {
  const list = ReadingList.create(id, course, "2025-autumn", owner);
  for (const [isbn, importance, week] of isbns) {
    list.push({
      isbn,
      importance,
      week,
      note: "",
      addedBy: owner,
      addedAt: "2025-08-20T09:00:00.000Z",
      withdrawn: false,
    });
  }
  lists.set(id, list);
}

seed("COMP1010-2025", "Programming Fundamentals", "r.dekker@uni.example", [
  ["9780131103627", "essential", 1],
  ["9780262510875", "recommended", 3],
  ["9780134685991", "further", 8],
]);
seed("COMP2040-2025", "Distributed Systems", "m.osei@uni.example", [
  ["9781492056355", "essential", 1],
  ["9780262046305", "recommended", 2],
  ["9780201633610", "further", 6],
]);
seed("COMP3300-2025", "Software Architecture", "m.osei@uni.example", [
  ["9780201633610", "essential", 1],
  ["9781492056355", "recommended", 4],
]);

const IMPORTANCE = new Set<Importance>(["essential", "recommended", "further"]);

export function findList(id: string): ReadingList {
  const list = lists.get(id);
  if (!list) throw new ListError(404, `no reading list ${id}`);
  return list;
}

export function allLists(): ReadingList[] {
  return [...lists.values()];
}

function parseImportance(raw: unknown, fallback: Importance): Importance {
  return IMPORTANCE.has(raw as Importance) ? raw as Importance : fallback;
}

function parseWeek(raw: unknown, fallback: number): number {
  const week = Number(raw ?? fallback);
  if (!Number.isInteger(week) || week < 1 || week > 12) {
    throw new ListError(422, "week must be 1-12");
  }
  return week;
}

export function addItem(list: ReadingList, body: Record<string, unknown>, user: string) {
  const work = lookupWork(String(body.isbn ?? ""));
  if (!work) throw new ListError(422, `ISBN ${body.isbn} is not in the catalogue`);
  const item: ListItem = {
    isbn: work.isbn,
    importance: parseImportance(body.importance, "recommended"),
    week: parseWeek(body.week, 1),
    note: String(body.note ?? "").slice(0, 280),
    addedBy: user,
    addedAt: new Date().toISOString(),
    withdrawn: false,
  };
  return { result: list.upsert(item), item };
}

export function editItem(
  list: ReadingList,
  isbn: string,
  body: Record<string, unknown>,
  user: string,
): ListItem {
  const key = normaliseIsbn(isbn);
  if (body.withdrawn === true) return list.withdraw(key, user);
  const item = list.find((i) => i.isbn === key);
  if (!item) throw new ListError(404, `no item ${key} on ${list.id}`);
  item.importance = parseImportance(body.importance, item.importance);
  item.week = parseWeek(body.week, item.week);
  if (typeof body.note === "string") item.note = body.note.slice(0, 280);
  item.withdrawn = false;
  list.touch();
  return item;
}

/** Item count per list for the department overview (reduce: no copy of the list). */
export function visibleCount(list: ReadingList): number {
  return list.reduce((n, item) => n + (item.withdrawn ? 0 : 1), 0);
}
