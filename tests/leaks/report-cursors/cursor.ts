import type { Connection, Row } from "./connection.ts";

let nextId = 1;

export class Cursor {
  readonly openedAt = Date.now();
  position = 0;
  closed = false;
  readonly buffered: Row[];

  constructor(
    readonly id: number,
    readonly sql: string,
    readonly params: unknown[],
    readonly conn: Connection,
  ) {
    this.buffered = conn.execute(sql, params).map((row) => ({ ...row }));
  }

  get done() {
    return this.position >= this.buffered.length;
  }

  fetch(count: number): Row[] {
    const rows = this.buffered.slice(this.position, this.position + count);
    this.position += rows.length;
    return rows;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.conn.closeCursor(this.id);
    cursorCleanup.unregister(this);
  }
}

// Safety net: a cursor its caller never closes (client went away, a page in the middle) still
// gets closed on the server once it is garbage-collected.
const cursorCleanup = new FinalizationRegistry<{ cursor: Cursor; conn: Connection }>(
  ({ cursor, conn }) => {
    if (!cursor.closed) conn.closeCursor(cursor.id);
  },
);

export function openCursor(conn: Connection, sql: string, params: unknown[]): Cursor {
  const cursor = new Cursor(nextId++, sql, params, conn);
  cursorCleanup.register(cursor, { cursor, conn }, cursor);
  return cursor;
}
