import { InvertedIndex } from "./inverted-index.mjs";

export class VacancyError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const index = new InvertedIndex();
const vacancies = new Map();
let closedCount = 0;

const EDITABLE = [
  "title",
  "employer",
  "location",
  "band",
  "salary",
  "reference",
  "contact",
  "description",
  "closingDate",
];

function searchableText(v) {
  return [v.title, v.employer, v.location, v.band, v.reference, v.contact, v.description].join(" ");
}

export function post(input) {
  if (!input.id || !input.title) throw new VacancyError(400, "id and title are required");
  if (vacancies.has(input.id)) throw new VacancyError(409, `vacancy ${input.id} exists`);
  const v = { status: "open", postedAt: new Date().toISOString() };
  for (const field of ["id", ...EDITABLE]) v[field] = input[field] ?? null;
  vacancies.set(v.id, v);
  index.add(v.id, searchableText(v));
  return v;
}

export function edit(id, patch) {
  const v = vacancies.get(id);
  if (!v) throw new VacancyError(404, "no such vacancy");
  for (const field of EDITABLE) {
    if (patch[field] !== undefined) v[field] = patch[field];
  }
  v.editedAt = new Date().toISOString();
  // reindex with the new wording
  index.remove(v.id, searchableText(v));
  index.add(v.id, searchableText(v));
  return v;
}

export function close(id, reason) {
  const v = vacancies.get(id);
  if (!v) throw new VacancyError(404, "no such vacancy");
  index.remove(v.id, searchableText(v));
  vacancies.delete(id);
  closedCount++;
  return { id, closed: true, reason: reason ?? "filled" };
}

export function get(id) {
  const v = vacancies.get(id);
  if (!v) throw new VacancyError(404, "no such vacancy");
  return v;
}

export function search(q, location) {
  const results = [];
  for (const hit of index.search(q, 50)) {
    const v = vacancies.get(hit.id);
    if (!v || (location && v.location !== location)) continue;
    results.push({
      id: v.id,
      title: v.title,
      employer: v.employer,
      location: v.location,
      band: v.band,
      score: hit.score,
    });
    if (results.length === 20) break;
  }
  return results;
}

export function stats() {
  return { open: vacancies.size, closed: closedCount, index: index.stats() };
}
