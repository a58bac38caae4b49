"use strict";

const { SearchIndex } = require("./search-index.cjs");

/** Items handed in at the city's lost property office and still in store. */
const items = new Map();
const itemIndex = new SearchIndex();
const recentReturns = [];
const MAX_RECENT = 30;
const stats = { registered: 0, returned: 0 };

const CATEGORIES = new Set([
  "bags",
  "bicycles",
  "clothing",
  "electronics",
  "gloves",
  "jewellery",
  "keys",
  "phones",
  "umbrellas",
  "wallets",
]);

class ItemError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

function register(body) {
  if (!/^LF-\d+$/.test(body.id ?? "")) throw new ItemError("id must look like LF-123");
  if (items.has(body.id)) throw new ItemError(`${body.id} is already registered`, 409);
  if (!CATEGORIES.has(body.category)) throw new ItemError(`unknown category ${body.category}`);
  if (!body.description || body.description.length > 500) {
    throw new ItemError("description required (500 characters at most)");
  }
  const item = {
    id: body.id,
    category: body.category,
    description: body.description,
    colour: body.colour ?? "",
    foundAt: body.foundAt ?? "",
    foundOn: body.foundOn ?? new Date().toISOString().slice(0, 10),
    handedInBy: body.handedInBy ?? "public",
    storage: body.storage ?? "intake shelf",
    registeredAt: new Date().toISOString(),
  };
  items.set(item.id, item);
  itemIndex.add(item);
  stats.registered++;
  return item;
}

function search(query, limit) {
  return itemIndex.search(query, limit)
    .map((id) => items.get(id))
    .filter(Boolean)
    .map(({ id, category, description, colour, foundAt, foundOn }) => ({
      id,
      category,
      description,
      colour,
      foundAt,
      foundOn,
    }));
}

/** The owner has described the item and shown ID: it leaves the store. */
function returnToOwner(id, claim) {
  const item = items.get(id);
  if (!item) throw new ItemError("no such item in store", 404);
  if (!claim.name || !claim.proof) throw new ItemError("claimant name and proof are required");
  items.delete(id);
  itemIndex.remove(item);
  stats.returned++;
  recentReturns.push({ id, category: item.category, returnedAt: new Date().toISOString() });
  if (recentReturns.length > MAX_RECENT) recentReturns.shift();
  return { id, returnedTo: claim.name, storage: item.storage };
}

function overview() {
  return { inStore: items.size, ...stats, recent: recentReturns.slice(-5) };
}

module.exports = { ItemError, overview, register, returnToOwner, search };
