import type { Application } from "./applications.ts";
import { dateLong, escapeHtml, listOf, slug } from "./format.ts";

export interface NoticePage {
  ref: string;
  revision: number;
  etag: string;
  html: string;
  renderedAt: number;
}

const KIND_LABEL: Record<Application["kind"], string> = {
  householder: "Householder application",
  full: "Full planning application",
  "listed-building": "Listed building consent",
  advertisement: "Advertisement consent",
};

/**
 * Rendered site notices by ref@revision, held weakly: the notice page, the map widget's popup
 * and the printable notice are usually asked for together, so a page is rendered once for the
 * three and left to the GC after that.
 */
const pages = new Map<string, WeakRef<NoticePage>>();
/** The same pages by ETag: "print" prints exactly the version the officer previewed. */
const byEtag = new Map<string, NoticePage>();
let renders = 0;

// A collected page takes its entries with it.
const collected = new FinalizationRegistry<{ key: string; etag: string }>(({ key, etag }) => {
  if (pages.get(key)?.deref() === undefined) pages.delete(key);
  byEtag.delete(etag);
});

function render(app: Application): NoticePage {
  const consultees = app.consultees.length ? listOf(app.consultees) : "no statutory consultees";
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${
    escapeHtml(app.ref)
  } – site notice</title></head>
<body>
<header><p>Town and Country Planning Act 1990</p><h1>${KIND_LABEL[app.kind]}</h1></header>
<dl>
  <dt>Reference</dt><dd>${escapeHtml(app.ref)} (revision ${app.revision})</dd>
  <dt>Site</dt><dd>${escapeHtml(app.site)}</dd>
  <dt>Ward</dt><dd>${escapeHtml(app.ward)}</dd>
  <dt>Applicant</dt><dd>${escapeHtml(app.applicant)}${
    app.agent ? ` (agent: ${escapeHtml(app.agent)})` : ""
  }</dd>
  <dt>Proposal</dt><dd>${escapeHtml(app.proposal)}</dd>
  <dt>Consultees</dt><dd>${escapeHtml(consultees)}</dd>
</dl>
<p>Anyone who wishes to comment on this application should do so by
<strong>${dateLong(app.consultationEnds)}</strong>, online at planning.example.gov.uk quoting
the reference above, or in writing to the Development Management team.</p>
<p>Received ${dateLong(app.receivedAt)}.</p>
</body></html>`;
  renders++;
  const page: NoticePage = {
    ref: app.ref,
    revision: app.revision,
    etag: `${slug(app.ref)}.${app.revision}`,
    html,
    renderedAt: Date.now(),
  };
  return page;
}

export function noticePage(app: Application): NoticePage {
  const key = `${app.ref}@${app.revision}`;
  const cached = pages.get(key)?.deref();
  if (cached) return cached;
  const page = render(app);
  pages.set(key, new WeakRef(page));
  byEtag.set(page.etag, page);
  collected.register(page, { key, etag: page.etag });
  return page;
}

export function pageForPrint(etag: string): NoticePage | undefined {
  return byEtag.get(etag);
}

export function cacheStats() {
  return { renders, cached: pages.size };
}
