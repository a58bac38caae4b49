import { cached, dropWorkspace, invalidate, remember } from "./search_cache.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

interface Article {
  slug: string;
  title: string;
  body: string;
  tags: string[];
  updatedAt: number;
}

interface Workspace {
  id: string;
  name: string;
  plan: string;
  articles: Map<string, Article>;
  overrides: Record<string, boolean>;
}

const workspaces = new Map<string, Workspace>();
const searchesToday = new Map<string, number>();
const FEATURES = { aiAnswers: false, publicPortal: true, versionHistory: false };

export function createWorkspace(body: Record<string, unknown>) {
  const id = String(body.id ?? "");
  if (!/^kb-[\w-]+$/.test(id)) throw new HttpError(400, "workspace id must look like kb-…");
  if (workspaces.has(id)) throw new HttpError(409, `${id} exists`);
  workspaces.set(id, {
    id,
    name: String(body.name ?? id),
    plan: String(body.plan ?? "team"),
    articles: new Map(),
    overrides: {},
  });
  return { id };
}

function get(id: string) {
  const ws = workspaces.get(id);
  if (!ws) throw new HttpError(404, `no workspace ${id}`);
  return ws;
}

export function setFeatures(id: string, patch: Record<string, unknown>) {
  const ws = get(id);
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in FEATURES)) throw new HttpError(400, `unknown feature ${key}`);
    ws.overrides[key] = Boolean(value);
  }
  return { id, features: { ...FEATURES, ...ws.overrides } };
}

export function publish(id: string, body: Record<string, unknown>) {
  const ws = get(id);
  const slug = String(body.slug ?? "");
  if (!slug) throw new HttpError(400, "an article needs a slug");
  ws.articles.set(slug, {
    slug,
    title: String(body.title ?? slug),
    body: String(body.body ?? ""),
    tags: Array.isArray(body.tags) ? body.tags.map(String) : [],
    updatedAt: Date.now(),
  });
  invalidate(id);
  return { id, slug, articles: ws.articles.size };
}

export function search(id: string, q: string) {
  const ws = get(id);
  searchesToday.set(id, (searchesToday.get(id) ?? 0) + 1);
  const query = q.trim().toLowerCase();
  const hit = cached(id, query);
  if (hit) return { ...hit, cached: true };
  const words = query.split(/\s+/).filter(Boolean);
  const hits = [...ws.articles.values()].map((a) => {
    const text = `${a.title} ${a.body} ${a.tags.join(" ")}`.toLowerCase();
    const score = words.reduce((n, w) => n + (text.includes(w) ? 1 : 0), 0);
    return { slug: a.slug, title: a.title, score };
  }).filter((h) => h.score > 0).sort((x, y) => y.score - x.score).slice(0, 10);
  const result = { query, hits, at: Date.now() };
  remember(id, result);
  return { ...result, cached: false };
}

export function removeWorkspace(id: string) {
  get(id);
  workspaces.delete(id);
  searchesToday.delete(id);
  dropWorkspace(id);
  return { id, removed: true };
}

export function counts() {
  return { workspaces: workspaces.size, metered: searchesToday.size };
}
