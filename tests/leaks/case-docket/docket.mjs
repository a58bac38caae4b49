import { Case, Client } from "./models.mjs";

const TODAY = "2030-05-01";

function nextHearing(hearings) {
  return hearings
    .filter((h) => h.date >= TODAY)
    .sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

export async function docketEntry(caseId) {
  const c = await Case.find(caseId);
  if (!c) return null;
  const client = await c.client;
  const hearings = await c.hearings;
  return {
    id: c.id,
    ref: c.ref,
    title: c.title,
    court: c.court,
    claimNo: c.claimNo,
    status: c.status,
    feeEarner: c.feeEarner,
    client: client?.name ?? null,
    next: nextHearing(hearings),
    hearings: hearings.length,
  };
}

export async function caseDocuments(caseId) {
  const c = await Case.find(caseId);
  if (!c) return null;
  const docs = await c.documents;
  return {
    ref: c.ref,
    documents: docs
      .sort((a, b) => a.filed.localeCompare(b.filed))
      .map((d) => ({ id: d.id, title: d.title, filed: d.filed, pages: d.pages })),
  };
}

export async function clientMatters(clientId) {
  const client = await Client.find(clientId);
  if (!client) return null;
  const matters = await Case.findBy((row) => row.clientId === clientId);
  const rows = [];
  for (const m of matters) {
    const next = nextHearing(await m.hearings);
    rows.push({ ref: m.ref, title: m.title, status: m.status, next: next?.date ?? null });
  }
  return { client: client.name, billing: client.billing, matters: rows };
}
