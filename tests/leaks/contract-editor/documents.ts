import { type ClauseTemplate, TEMPLATES } from "./templates.ts";

export interface Clause {
  key: string;
  heading: string;
  text: string;
  editedBy?: string;
  editedAt?: number;
}

export interface ContractDraft {
  id: string;
  template: string;
  title: string;
  parties: [string, string];
  clauses: Clause[];
  revision: number;
  openedBy: string;
  openedAt: number;
}

export class EditorError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Drafts someone has open in the editor. */
const openDrafts = new Map<string, ContractDraft>();

function fromTemplate(clause: ClauseTemplate, parties: [string, string]): Clause {
  return {
    key: clause.key,
    heading: clause.heading,
    text: clause.text.replace("{partyA}", parties[0]).replace("{partyB}", parties[1]),
  };
}

export function openDraft(
  id: string,
  template: string,
  title: string,
  parties: [string, string],
  user: string,
): ContractDraft {
  if (openDrafts.has(id)) throw new EditorError(409, `${id} is already open`);
  const clauses = TEMPLATES[template];
  if (!clauses) throw new EditorError(422, `no template ${template}`);
  const draft: ContractDraft = {
    id,
    template,
    title,
    parties,
    clauses: clauses.map((c) => fromTemplate(c, parties)),
    revision: 0,
    openedBy: user,
    openedAt: Date.now(),
  };
  openDrafts.set(id, draft);
  return draft;
}

export function getDraft(id: string): ContractDraft {
  const draft = openDrafts.get(id);
  if (!draft) throw new EditorError(404, `${id} is not open`);
  return draft;
}

export function editClause(draft: ContractDraft, key: string, text: string, user: string): Clause {
  const clause = draft.clauses.find((c) => c.key === key);
  if (!clause) throw new EditorError(422, `${draft.template} has no clause ${key}`);
  if (text.length > 20_000) throw new EditorError(413, "clause too long");
  clause.text = text;
  clause.editedBy = user;
  clause.editedAt = Date.now();
  draft.revision++;
  return clause;
}

export function closeDraft(id: string): void {
  openDrafts.delete(id);
}

export function openCount(): number {
  return openDrafts.size;
}
