import { History } from "./history.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Spec {
  id: string;
  title: string;
  sections: Map<string, string>;
  history: History;
  updatedAt: number;
  updatedBy: string;
}

export interface SectionEdit {
  section: string;
  text: string;
}

const specs = new Map<string, Spec>();
const MAX_SECTION = 20_000;

function seed(id: string, title: string, sections: Record<string, string>) {
  specs.set(id, {
    id,
    title,
    sections: new Map(Object.entries(sections)),
    history: new History(),
    updatedAt: Date.now(),
    updatedBy: "system",
  });
}

seed("payments-api", "Payments API v3", {
  overview: "Create, capture and refund card and wallet payments.",
  auth: "Bearer tokens scoped to a merchant account; rotate keys from the dashboard.",
  errors: "Errors use RFC 9457 problem details with a stable `code` field.",
  pagination: "Cursor pagination: pass `starting_after` with the last id you saw.",
  webhooks: "Events are signed with HMAC-SHA256; verify `Payments-Signature`.",
});
seed("ledger-api", "Ledger API v1", {
  overview: "Double-entry postings for merchant balances.",
  errors: "Same problem details as the payments API.",
});

export function getSpec(id: string): Spec {
  const spec = specs.get(id);
  if (!spec) throw new HttpError(404, `no spec ${id}`);
  return spec;
}

/** One save from the editor: every section it touched, as one undo step. */
export function saveSections(id: string, edits: SectionEdit[], author: string, label: string) {
  const spec = getSpec(id);
  if (!Array.isArray(edits) || edits.length === 0) throw new HttpError(400, "nothing to save");
  spec.history.begin(author, label || "Edit");
  for (const edit of edits) {
    const before = spec.sections.get(edit.section);
    if (before === undefined) {
      throw new HttpError(422, `${id} has no section "${edit.section}"`);
    }
    if (typeof edit.text !== "string" || edit.text.length > MAX_SECTION) {
      throw new HttpError(422, `section "${edit.section}" is not valid text`);
    }
    spec.history.record({ section: edit.section, before, after: edit.text });
    spec.sections.set(edit.section, edit.text);
  }
  spec.history.commit();
  spec.updatedAt = Date.now();
  spec.updatedBy = author;
  return { id, saved: edits.length };
}

export function undo(id: string) {
  const spec = getSpec(id);
  const tx = spec.history.undo();
  if (!tx) throw new HttpError(409, "nothing to undo");
  for (const c of [...tx.changes].reverse()) spec.sections.set(c.section, c.before);
  return { undone: tx.label };
}

export function redo(id: string) {
  const spec = getSpec(id);
  const tx = spec.history.redo();
  if (!tx) throw new HttpError(409, "nothing to redo");
  for (const c of tx.changes) spec.sections.set(c.section, c.after);
  return { redone: tx.label };
}

export function render(spec: Spec) {
  return {
    id: spec.id,
    title: spec.title,
    updatedBy: spec.updatedBy,
    sections: Object.fromEntries(spec.sections),
  };
}
