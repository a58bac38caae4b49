import { DigestScheduler } from "./scheduler.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Publication {
  id: string;
  title: string;
  owner: string;
  fromName: string;
  replyTo: string;
  branding: { accent: string; logoUrl: string; footerHtml: string };
  digest: { day: string; hourUtc: number; maxItems: number };
  subscribers: number;
  createdAt: string;
  updatedAt: string;
}

/** Publications (tenants) by id. Records are replaced on update, never mutated in place. */
const publications = new Map<string, Publication>();
const outbox: { publication: string; at: number }[] = [];

export const scheduler = new DigestScheduler((pub) => {
  outbox.push({ publication: pub.id, at: Date.now() });
  if (outbox.length > 50) outbox.shift();
});
scheduler.start();

export function createPublication(body: Record<string, unknown>) {
  const id = String(body.id ?? "");
  if (!/^pub-[\w-]+$/.test(id)) throw new HttpError(400, "publication id must look like pub-…");
  if (publications.has(id)) throw new HttpError(409, `${id} exists`);
  const now = new Date().toISOString();
  const branding = (body.branding ?? {}) as Partial<Publication["branding"]>;
  const pub: Publication = {
    id,
    title: String(body.title ?? id),
    owner: String(body.owner ?? ""),
    fromName: String(body.fromName ?? body.title ?? id),
    replyTo: String(body.replyTo ?? body.owner ?? ""),
    branding: {
      accent: branding.accent ?? "#1d4ed8",
      logoUrl: branding.logoUrl ?? "",
      footerHtml: branding.footerHtml ?? "",
    },
    digest: { day: "fri", hourUtc: 7, maxItems: 8 },
    subscribers: 0,
    createdAt: now,
    updatedAt: now,
  };
  publications.set(id, pub);
  const nextRunAt = scheduler.schedule(pub);
  return { id, nextDigest: new Date(nextRunAt).toISOString() };
}

export function getPublication(id: string) {
  const pub = publications.get(id);
  if (!pub) throw new HttpError(404, `no publication ${id}`);
  return pub;
}

const EDITABLE = ["title", "fromName", "replyTo", "branding"] as const;

export function updatePublication(id: string, patch: Record<string, unknown>) {
  const current = getPublication(id);
  const next: Publication = { ...current, updatedAt: new Date().toISOString() };
  for (const key of EDITABLE) {
    if (!(key in patch)) continue;
    if (key === "branding") {
      next.branding = { ...current.branding, ...(patch.branding as object) };
    } else next[key] = String(patch[key]);
  }
  publications.set(id, next);
  return next;
}

export function closePublication(id: string) {
  const pub = getPublication(id);
  publications.delete(id);
  scheduler.unschedule(pub);
  return { id, closed: true };
}

export function stats() {
  return { publications: publications.size, jobs: scheduler.size, sent: scheduler.sent };
}
