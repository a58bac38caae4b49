import { type Revision, RevisionLog } from "./revisions.ts";

export interface Section {
  slug: string;
  title: string;
  body: string;
  revision: number;
  owner: string;
  updatedAt: string;
}

export class HandbookError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export const revisions = new RevisionLog();

const sections = new Map<string, Section>();
for (
  const [slug, title, owner] of [
    ["remote-work", "Working remotely", "people-ops"],
    ["expenses", "Expenses and travel", "finance"],
    ["onboarding", "Your first week", "people-ops"],
  ]
) {
  sections.set(slug, {
    slug,
    title,
    body: `# ${title}\n\nThis section is being written.`,
    revision: 1,
    owner,
    updatedAt: new Date().toISOString(),
  });
}

export function getSection(slug: string): Section {
  const s = sections.get(slug);
  if (!s) throw new HandbookError(404, `no handbook section ${slug}`);
  return s;
}

export function listSections() {
  return [...sections.values()].map(({ slug, title, revision, updatedAt }) => ({
    slug,
    title,
    revision,
    updatedAt,
  }));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function editSection(
  slug: string,
  edit: { body?: unknown; title?: unknown; summary?: unknown },
  author: string,
): { section: Section; kept: number } {
  const section = getSection(slug);
  if (typeof edit.body !== "string" || edit.body.trim() === "") {
    throw new HandbookError(400, "body is required");
  }
  if (typeof edit.title === "string" && edit.title.trim()) section.title = edit.title.trim();
  section.body = edit.body;
  section.revision++;
  section.updatedAt = new Date().toISOString();
  const revision: Revision = {
    n: section.revision,
    author,
    at: section.updatedAt,
    summary: typeof edit.summary === "string" ? edit.summary.slice(0, 200) : "",
    body: edit.body,
    words: wordCount(edit.body),
  };
  const kept = revisions.record(slug, revision);
  return { section, kept };
}
