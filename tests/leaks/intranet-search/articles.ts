import { SearchIndex } from "./search_index.ts";

export class ArticleError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Article {
  id: string;
  space: string;
  title: string;
  body: string;
  tags: string[];
  author: string;
  version: number;
  updatedAt: string;
}

/** Knowledge-base articles of the IT and HR spaces; archived ones leave the intranet. */
export const index = new SearchIndex<Article>();
const archived: { id: string; title: string; by: string; at: string }[] = [];
const SPACES = new Set(["it", "hr", "facilities"]);

function clean(tags: unknown): string[] {
  return Array.isArray(tags) ? tags.map((t) => String(t).trim().toLowerCase()).slice(0, 12) : [];
}

export function create(input: Partial<Article>, author: string): Article {
  if (!input.id || !input.title || !input.body) {
    throw new ArticleError(400, "id, title and body are required");
  }
  if (index.get(input.id)) throw new ArticleError(409, `${input.id} exists`);
  const space = input.space ?? "it";
  if (!SPACES.has(space)) throw new ArticleError(400, `no space ${space}`);
  const article: Article = {
    id: input.id,
    space,
    title: input.title.trim(),
    body: input.body,
    tags: clean(input.tags),
    author,
    version: 1,
    updatedAt: new Date().toISOString(),
  };
  index.upsert(article);
  return article;
}

/** An edit makes a new version (the index gets the new text). */
export function update(id: string, patch: Partial<Article>, editor: string): Article {
  const current = index.get(id);
  if (!current) throw new ArticleError(404, `no article ${id}`);
  const next: Article = {
    ...current,
    title: patch.title?.trim() ?? current.title,
    body: patch.body ?? current.body,
    tags: patch.tags ? clean(patch.tags) : current.tags,
    author: editor,
    version: current.version + 1,
    updatedAt: new Date().toISOString(),
  };
  index.upsert(next);
  return next;
}

export function archive(id: string, by: string) {
  const current = index.get(id);
  if (!current || !index.remove(id)) throw new ArticleError(404, `no article ${id}`);
  archived.unshift({ id, title: current.title, by, at: new Date().toISOString() });
  if (archived.length > 20) archived.length = 20;
  return { id, archived: true };
}

export function recentlyArchived() {
  return archived.slice(0, 10);
}
