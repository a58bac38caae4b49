import { LruCache } from "./lru.mjs";
import { allow, dropBucket } from "./limits.mjs";

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const workspaces = new Map();
/** Rendered form HTML, by `${workspace}/${form}@${version}`. */
const renderCache = new LruCache(40);
/** The ops screen's activity feed. */
const activity = [];

function log(workspace, what) {
  activity.push({ workspace, what, at: Date.now() });
  if (activity.length > 30) activity.splice(0, activity.length - 30);
}

export function createWorkspace(body) {
  const id = String(body.id ?? "");
  if (!/^fw-[\w-]+$/.test(id)) throw new HttpError(400, "workspace id must look like fw-…");
  if (workspaces.has(id)) throw new HttpError(409, `${id} exists`);
  workspaces.set(id, {
    id,
    name: String(body.name ?? id),
    plan: ["free", "pro", "business"].includes(body.plan) ? body.plan : "free",
    forms: new Map(),
    createdAt: Date.now(),
  });
  log(id, "created");
  return { id };
}

function workspaceOf(id) {
  const ws = workspaces.get(id);
  if (!ws) throw new HttpError(404, `no workspace ${id}`);
  return ws;
}

export function saveForm(wsId, body) {
  const ws = workspaceOf(wsId);
  const slug = String(body.slug ?? "");
  if (!slug) throw new HttpError(400, "a form needs a slug");
  const previous = ws.forms.get(slug);
  const form = {
    slug,
    title: String(body.title ?? slug),
    fields: Array.isArray(body.fields) ? body.fields.slice(0, 50) : [],
    version: (previous?.version ?? 0) + 1,
    submissions: previous?.submissions ?? [],
  };
  ws.forms.set(slug, form);
  log(wsId, `form ${slug} v${form.version}`);
  return { slug, version: form.version };
}

function formOf(ws, slug) {
  const form = ws.forms.get(slug);
  if (!form) throw new HttpError(404, `no form ${slug}`);
  return form;
}

export function renderForm(wsId, slug) {
  const ws = workspaceOf(wsId);
  const form = formOf(ws, slug);
  const key = `${wsId}/${slug}@${form.version}`;
  let html = renderCache.get(key);
  if (!html) {
    html = `<form data-ws="${wsId}"><h1>${form.title}</h1>` +
      form.fields.map((f) =>
        `<label>${f.label}<input name="${f.name}" type="${f.type ?? "text"}"></label>`
      ).join("") +
      "<button>Send</button></form>";
    renderCache.set(key, html);
  }
  return html;
}

export function submit(wsId, slug, answers) {
  const ws = workspaceOf(wsId);
  const form = formOf(ws, slug);
  if (!allow(ws)) throw new HttpError(429, "slow down");
  form.submissions.push({ answers, at: Date.now() });
  if (form.submissions.length > 100) form.submissions.shift();
  return { received: form.submissions.length };
}

export function deleteWorkspace(id) {
  workspaceOf(id);
  workspaces.delete(id);
  dropBucket(id);
  renderCache.deleteWhere((key) => key.startsWith(`${id}/`));
  log(id, "deleted");
  return { id, deleted: true };
}

export function opsView() {
  return {
    workspaces: workspaces.size,
    cached: renderCache.size,
    hits: renderCache.hits,
    misses: renderCache.misses,
    activity: activity.slice(-5),
  };
}
