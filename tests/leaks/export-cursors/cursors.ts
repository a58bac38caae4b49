import type { OrderRow } from "./db.ts";

/** A page of an export and the token to fetch the next one with (null at the end). */
export interface Page {
  rows: OrderRow[];
  next: string | null;
}

function* paginate(rows: OrderRow[], pageSize: number): Generator<OrderRow[], void, void> {
  for (let at = 0; at < rows.length; at += pageSize) {
    yield rows.slice(at, at + pageSize);
  }
}

const openCursors = new Map<string, Generator<OrderRow[], void, void>>();

/** Starts an export over `rows` and returns its first page. */
export function openExport(rows: OrderRow[], pageSize: number): Page {
  const token = crypto.randomUUID();
  const pages = paginate(rows, pageSize);
  openCursors.set(token, pages);
  return nextPage(token)!;
}

/** The next page of an open export, or undefined for an unknown token. */
export function nextPage(token: string): Page | undefined {
  const pages = openCursors.get(token);
  if (!pages) return undefined;
  const step = pages.next();
  if (step.done) {
    openCursors.delete(token);
    return { rows: [], next: null };
  }
  return { rows: step.value, next: token };
}

export function openCount(): number {
  return openCursors.size;
}
