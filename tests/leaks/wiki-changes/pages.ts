import { changes } from "./changelog.ts";

export class PageError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Revision {
  revision: number;
  title: string;
  body: string;
  author: string;
  at: string;
}

interface Page {
  id: string;
  current: Revision;
  /** The last few revisions, for the diff view. */
  history: Revision[];
}

const HISTORY_KEPT = 5;
const MAX_BODY = 20_000;
const pages = new Map<string, Page>();

for (const id of ["onboarding", "oncall-runbook", "style-guide"]) {
  const first = {
    revision: 1,
    title: id,
    body: "",
    author: "system",
    at: new Date().toISOString(),
  };
  pages.set(id, { id, current: first, history: [] });
}

export function getPage(id: string): Page {
  const page = pages.get(id);
  if (!page) throw new PageError(404, `no page ${id}`);
  return page;
}

export function editPage(id: string, input: Record<string, unknown>): Revision {
  const page = getPage(id);
  const { title, body, author, baseRevision } = input;
  if (typeof title !== "string" || title.length === 0 || title.length > 120) {
    throw new PageError(400, "title must be 1-120 characters");
  }
  if (typeof body !== "string" || body.length > MAX_BODY) {
    throw new PageError(400, `body must be a string of at most ${MAX_BODY} characters`);
  }
  if (typeof author !== "string" || !author.includes("@")) {
    throw new PageError(400, "author must be an email address");
  }
  if (baseRevision !== undefined && baseRevision !== page.current.revision) {
    throw new PageError(409, `page is at revision ${page.current.revision}`);
  }
  const next: Revision = {
    revision: page.current.revision + 1,
    title,
    body,
    author,
    at: new Date().toISOString(),
  };
  page.history.push(page.current);
  if (page.history.length > HISTORY_KEPT) page.history.shift();
  page.current = next;
  changes.append({
    pageId: id,
    kind: "edited",
    revision: next.revision,
    author,
    summary: `${title}: ${body.slice(0, 80)}`,
  });
  return next;
}
