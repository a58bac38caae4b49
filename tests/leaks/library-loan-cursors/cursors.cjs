"use strict";
const { select } = require("./db.cjs");

const PAGE_SIZE = 10;

// Open result sets by session and query: page n+1 carries on from the rows page 1 read, so a
// member renewing a book between pages does not shift the list under the reader.
const cursors = new Map();

class Cursor {
  constructor(key, rows, pageSize) {
    this.key = key;
    this.rows = rows;
    this.pageSize = pageSize;
    this.position = 0;
    this.openedAt = Date.now();
    this.lastReadAt = this.openedAt;
  }

  read(page) {
    this.position = (page - 1) * this.pageSize;
    const items = this.rows.slice(this.position, this.position + this.pageSize);
    this.position += items.length;
    this.lastReadAt = Date.now();
    return items;
  }
}

async function openCursor(key, memberId) {
  const rows = await select("loans", { memberId }, { orderBy: "dueAt" });
  const cursor = new Cursor(key, rows, PAGE_SIZE);
  cursors.set(key, cursor);
  return cursor;
}

async function loansPage(session, memberId, page) {
  const key = `${session}|loans|${memberId}`;
  let cursor = cursors.get(key);
  if (page === 1 || !cursor) cursor = await openCursor(key, memberId);
  const items = cursor.read(page);
  const total = cursor.rows.length;
  // The last page has been read: the cursor is done with.
  if (cursor.position > cursor.rows.length) cursors.delete(key);
  return {
    memberId,
    page,
    pageSize: PAGE_SIZE,
    total,
    hasMore: page * PAGE_SIZE < total,
    items: items.map(({ id, title, author, dueAt, renewals }) => ({
      id,
      title,
      author,
      dueAt,
      renewals,
    })),
  };
}

function openCursorCount() {
  return cursors.size;
}

module.exports = { loansPage, openCursorCount };
