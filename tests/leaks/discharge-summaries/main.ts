import { KeyedQueue } from "./keyed_queue.ts";
import { type Discharge, renderSummary, type Summary } from "./render.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const queue = new KeyedQueue();
/** Discharges still being worked on; the letter goes out and the record leaves this service. */
const drafts = new Map<string, Discharge>();
/** Letters sent to GP practices, newest last (the ward clerk's "recently sent" list). */
const sent: { patientId: string; gpPractice: string; version: number; at: string }[] = [];
const SENT_KEPT = 30;
/** Latest rendered version per patient, for the portal; only patients still in drafts. */
const latest = new Map<string, Summary>();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function render(patientId: string): Promise<Summary> {
  return queue.run(patientId, async () => {
    const draft = drafts.get(patientId);
    if (!draft) throw new Error(`no discharge for ${patientId}`);
    const version = (latest.get(patientId)?.version ?? 0) + 1;
    const summary = await renderSummary(draft, version);
    latest.set(patientId, summary);
    return summary;
  });
}

function send(patientId: string): Promise<Summary> {
  return queue.run(patientId, () => {
    const draft = drafts.get(patientId);
    const summary = latest.get(patientId);
    if (!draft || !summary) return Promise.reject(new Error(`nothing to send for ${patientId}`));
    sent.push({
      patientId,
      gpPractice: draft.gpPractice,
      version: summary.version,
      at: new Date().toISOString(),
    });
    if (sent.length > SENT_KEPT) sent.splice(0, sent.length - SENT_KEPT);
    drafts.delete(patientId);
    latest.delete(patientId);
    return Promise.resolve(summary);
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") {
    return json(200, { drafts: drafts.size, queued: queue.pending, sent: sent.length });
  }
  if (url.pathname === "/sent") return json(200, sent.slice(-10));

  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] !== "patients" || !parts[1]) return json(404, { error: "not found" });
  const patientId = parts[1];

  if (parts[2] === "discharge" && req.method === "POST") {
    const d = await req.json() as Discharge;
    drafts.set(patientId, { ...d, patientId });
    const summary = await render(patientId);
    return json(201, { patientId, version: summary.version });
  }
  if (parts[2] === "summary" && req.method === "PATCH") {
    const draft = drafts.get(patientId);
    if (!draft) return json(404, { error: "no discharge in progress" });
    const changes = await req.json() as Partial<Discharge>;
    Object.assign(draft, changes, { patientId });
    const summary = await render(patientId);
    return json(200, { patientId, version: summary.version });
  }
  if (parts[2] === "summary" && req.method === "GET") {
    const summary = latest.get(patientId);
    if (!summary) return json(404, { error: "no summary" });
    return json(200, { version: summary.version, text: summary.text });
  }
  if (parts[2] === "send" && req.method === "POST") {
    const summary = await send(patientId);
    return json(200, { patientId, version: summary.version, sent: true });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    console.error(err);
    return json(500, { error: (err as Error).message });
  }
});
