import { Journal } from "./vendor/journal/index.mjs";
import { replica, ship } from "./replication.mjs";

export class TermError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const journal = new Journal({ sink: ship, intervalMs: 200 });
const metrics = { flushes: 0, lastFlushSize: 0 };
journal.then((batch) => {
  metrics.flushes++;
  metrics.lastFlushSize = batch.length;
});

/** The client termbase: a concept per id, with its approved term in each language. */
const concepts = new Map();
const MAX_COMMENTS = 10;

function seed() {
  const rows = [
    ["C-104", "legal", {
      en: "limitation period",
      nl: "verjaringstermijn",
      de: "Verjährungsfrist",
    }],
    ["C-221", "medical", {
      en: "adverse event",
      nl: "ongewenst voorval",
      de: "unerwünschtes Ereignis",
    }],
    ["C-317", "finance", { en: "withholding tax", nl: "bronbelasting", de: "Quellensteuer" }],
    ["C-402", "legal", { en: "power of attorney", nl: "volmacht", de: "Vollmacht" }],
    ["C-518", "technical", { en: "torque wrench", nl: "momentsleutel", de: "Drehmomentschlüssel" }],
  ];
  for (const [id, domain, terms] of rows) {
    concepts.set(id, {
      id,
      domain,
      client: "Van Rijn Advocaten",
      terms: Object.fromEntries(
        Object.entries(terms).map((
          [lang, text],
        ) => [lang, { text, status: "approved", by: "seed" }]),
      ),
      comments: [],
      revision: 1,
    });
  }
}
seed();

export function getConcept(id) {
  const concept = concepts.get(id);
  if (!concept) throw new TermError(404, `no concept ${id}`);
  return concept;
}

export function search(q, lang) {
  const needle = q.toLowerCase();
  const hits = [];
  for (const concept of concepts.values()) {
    const term = concept.terms[lang];
    if (term && term.text.toLowerCase().includes(needle)) hits.push({ id: concept.id, term });
  }
  return hits;
}

/** A linguist proposes or approves the term for one language; the change is journaled. */
export async function updateTerm(id, lang, patch, user) {
  const concept = getConcept(id);
  if (!/^[a-z]{2}$/.test(lang)) throw new TermError(400, "language must be an ISO 639-1 code");
  const before = concept.terms[lang] ?? null;
  const after = {
    text: patch.text ?? before?.text,
    status: patch.status ?? "proposed",
    by: user,
    note: patch.note ?? null,
  };
  if (!after.text) throw new TermError(400, "a term needs text");
  concept.terms[lang] = after;
  concept.revision++;
  // the linguist's UI shows "saved" only once the change is in the journal
  await journal.write({ type: "term.updated", concept: id, lang, before, after, user });
  return { id, lang, revision: concept.revision, term: after };
}

export async function addComment(id, comment, user) {
  const concept = getConcept(id);
  const entry = { by: user, text: String(comment.text ?? "").slice(0, 500), at: Date.now() };
  concept.comments.push(entry);
  if (concept.comments.length > MAX_COMMENTS) concept.comments.shift();
  await journal.write({ type: "comment.added", concept: id, comment: entry, user });
  return { id, comments: concept.comments.length };
}

export function stats() {
  return { concepts: concepts.size, metrics, journal: journal.stats, replica };
}
