import { pending, queueSync } from "./outbox.mjs";

export class MenuError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const RESTAURANTS = new Set(["trattoria-roma", "saigon-street", "de-vismarkt"]);
const PLATFORMS = ["ubereats", "thuisbezorgd"];
const VERSIONS_KEPT = 3;

/** draftId → draft being edited (a draft goes away when it is published) */
const drafts = {};
/** restaurant → last few published menus, newest first, for rollback */
const published = new Map();

function checkItems(items) {
  if (!Array.isArray(items) || items.length === 0 || items.length > 200) {
    throw new MenuError(400, "1 to 200 items");
  }
  return items.map((item) => {
    if (typeof item?.name !== "string" || !item.name.trim()) {
      throw new MenuError(400, "item name required");
    }
    if (!Number.isInteger(item.priceCents) || item.priceCents <= 0) {
      throw new MenuError(400, `bad price for ${item.name}`);
    }
    return { name: item.name.trim(), priceCents: item.priceCents, tags: item.tags ?? [] };
  });
}

export function saveDraft(restaurant, { draftId, items, editor }) {
  if (!RESTAURANTS.has(restaurant)) throw new MenuError(404, `no restaurant ${restaurant}`);
  if (typeof draftId !== "string" || !/^[\w-]{1,40}$/.test(draftId)) {
    throw new MenuError(400, "draftId required");
  }
  const draft = { draftId, restaurant, items: checkItems(items), editor, savedAt: Date.now() };
  drafts[draftId] = draft;
  return { draftId, items: draft.items.length };
}

export function publishDraft(draftId) {
  const draft = drafts[draftId];
  if (!draft) throw new MenuError(404, `no draft ${draftId}`);
  const history = published.get(draft.restaurant) ?? [];
  const menu = {
    restaurant: draft.restaurant,
    version: (history[0]?.version ?? 0) + 1,
    items: draft.items,
    publishedAt: new Date().toISOString(),
  };
  history.unshift(menu);
  history.splice(VERSIONS_KEPT);
  published.set(draft.restaurant, history);
  delete drafts[draftId];
  for (const platform of PLATFORMS) queueSync(platform, menu);
  pending.push({ type: "menu.published", restaurant: menu.restaurant, version: menu.version });
  return menu;
}

export function currentMenu(restaurant) {
  const menu = published.get(restaurant)?.[0];
  if (!menu) throw new MenuError(404, `nothing published for ${restaurant}`);
  return menu;
}
