export class DraftError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const HISTORY = 10;

/** Published pages with their last few versions, and the change requests open against them. */
export const pages = new Map(
  ["pricing", "about", "careers"].map((slug) => [slug, {
    slug,
    title: slug[0].toUpperCase() + slug.slice(1),
    body: `<p>${slug} page</p>`,
    version: 1,
    history: [],
  }]),
);
export const drafts = new Map();

export function openDraft(pageSlug, input, author) {
  const page = pages.get(pageSlug);
  if (!page) throw new DraftError(404, `no page ${pageSlug}`);
  const id = String(input.id ?? "");
  if (!/^[\w-]{3,40}$/.test(id)) throw new DraftError(400, "bad draft id");
  if (drafts.has(id)) throw new DraftError(409, `draft ${id} exists`);
  const draft = {
    id,
    page: page.slug,
    title: String(input.title ?? page.title),
    body: String(input.body ?? page.body),
    author,
    revision: 1,
    basedOn: page.version,
    openedAt: Date.now(),
  };
  drafts.set(id, draft);
  return draft;
}

export function getDraft(id) {
  const draft = drafts.get(id);
  if (!draft) throw new DraftError(404, `no draft ${id}`);
  return draft;
}

export function editDraft(id, patch) {
  const draft = getDraft(id);
  if (patch.title !== undefined) draft.title = String(patch.title);
  if (patch.body !== undefined) draft.body = String(patch.body);
  draft.revision++;
  return draft;
}

export function publishDraft(id, by) {
  const draft = getDraft(id);
  const page = pages.get(draft.page);
  page.history.unshift({ version: page.version, title: page.title, body: page.body });
  if (page.history.length > HISTORY) page.history.length = HISTORY;
  page.title = draft.title;
  page.body = draft.body;
  page.version++;
  page.publishedBy = by;
  drafts.delete(id);
  return page;
}
