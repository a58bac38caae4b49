import { Memo } from "./vendor/memo/mod.ts";
import type { StoredDoc } from "./documents.ts";

export interface PagePreview {
  doc: string;
  rev: number;
  title: string;
  page: number;
  pages: number;
  lines: string[];
  words: number;
  renderedAt: string;
}

const LINE_WIDTH = 72;
const LINES_PER_PAGE = 12;

/** Greedy word wrap; lines are slices of the text so nothing is copied. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + LINE_WIDTH, text.length);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > start) end = space;
    }
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  return lines;
}

function renderPage(doc: StoredDoc, page: number): PagePreview {
  const lines = wrap(doc.text);
  const pages = Math.max(1, Math.ceil(lines.length / LINES_PER_PAGE));
  const shown = lines.slice((page - 1) * LINES_PER_PAGE, page * LINES_PER_PAGE);
  const preview: PagePreview = {
    doc: doc.id,
    rev: doc.rev,
    title: doc.title,
    page,
    pages,
    lines: shown,
    words: shown.reduce((n, l) => n + l.split(" ").length, 0),
    renderedAt: new Date().toISOString(),
  };
  return preview;
}

// Wrapping long tenders is the slow part of the viewer; reviewers page back and forth a lot.
const PAGE_PREVIEW_OPTIONS = {
  maxSize: 200,
  key: (doc: StoredDoc, page: number) => `${doc.id}@${doc.rev}#${page}`,
};

export const pagePreviews = new Memo(renderPage, PAGE_PREVIEW_OPTIONS);

export function previewPage(doc: StoredDoc, page: number): PagePreview {
  return pagePreviews.call(doc, page);
}
