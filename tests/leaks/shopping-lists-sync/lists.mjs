import { aisleFor } from "./aisles.mjs";
import { KeyedQueue } from "./lib/keyed-queue.mjs";

export class ListError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Open shopping lists by id. */
const lists = new Map();
/** Archived lists, newest first, for "shop again" (last 20). */
const archived = [];
const MAX_ARCHIVED = 20;
// Edits from several phones in the household arrive together; one list's edits are applied
// one after the other so an aisle lookup in one edit can't interleave with another edit.
const edits = new KeyedQueue();
const counters = { created: 0, edits: 0, conflicts: 0, archived: 0 };

function view(list) {
  return {
    id: list.id,
    title: list.title,
    household: list.household,
    version: list.version,
    items: [...list.items.values()]
      .sort((a, b) => a.aisle.localeCompare(b.aisle) || a.name.localeCompare(b.name))
      .map((i) => ({
        name: i.name,
        qty: i.qty,
        aisle: i.aisle,
        checked: i.checked,
        addedBy: i.addedBy,
      })),
  };
}

function requireList(id) {
  const list = lists.get(id);
  if (!list) throw new ListError(404, `no open list ${id}`);
  return list;
}

export function createList(body) {
  if (!body.id || !body.household) throw new ListError(400, "id and household are required");
  return edits.run(body.id, () => {
    if (lists.has(body.id)) throw new ListError(409, `list ${body.id} exists`);
    const list = {
      id: body.id,
      title: body.title ?? "Shopping",
      household: body.household,
      members: body.members ?? [],
      version: 1,
      items: new Map(),
    };
    lists.set(list.id, list);
    counters.created++;
    return view(list);
  });
}

async function applyOp(list, member, op) {
  const key = String(op.item ?? "").trim().toLowerCase();
  if (!key) return;
  const existing = list.items.get(key);
  switch (op.op) {
    case "add":
      if (existing) {
        existing.qty += op.qty ?? 1;
        existing.checked = false;
      } else {
        const aisle = await aisleFor(key);
        list.items.set(key, {
          name: op.item,
          qty: op.qty ?? 1,
          aisle,
          checked: false,
          addedBy: member,
        });
      }
      break;
    case "check":
      if (existing) existing.checked = true;
      else counters.conflicts++; // ticked off on one phone, removed on another
      break;
    case "remove":
      list.items.delete(key);
      break;
  }
}

export function editList(id, body) {
  return edits.run(id, async () => {
    const list = requireList(id);
    if (!list.members.includes(body.member)) {
      throw new ListError(403, `${body.member} is not on list ${id}`);
    }
    for (const op of body.ops ?? []) await applyOp(list, body.member, op);
    list.version++;
    counters.edits++;
    return view(list);
  });
}

export function getList(id) {
  return view(requireList(id));
}

export function archiveList(id) {
  return edits.run(id, () => {
    const list = requireList(id);
    lists.delete(id);
    archived.unshift({
      id,
      title: list.title,
      items: list.items.size,
      archivedAt: new Date().toISOString(),
    });
    if (archived.length > MAX_ARCHIVED) archived.length = MAX_ARCHIVED;
    counters.archived++;
    // the app shows the final list with an "undo" for a few seconds
    return { archived: true, list: view(list) };
  });
}

export function stats() {
  return { ...counters, open: lists.size, queued: edits.pendingKeys, recent: archived.slice(0, 5) };
}
