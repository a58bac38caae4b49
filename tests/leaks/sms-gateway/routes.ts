import { enqueue, outboxStats, type OutgoingSms, statusOf } from "./outbox.ts";
import { looksLikePhoneNumber, segmentsFor } from "./numbers.ts";

const MESSAGE = new URLPattern({ pathname: "/messages/:id" });
const SENDER_IDS = new Set(["ACMEBANK", "ACME", "Pharmacy24"]);
const MAX_SEGMENTS = 6;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function sendMessage(req: Request): Promise<Response> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body.to !== "string" || typeof body.text !== "string") {
    return json({ error: "`to` and `text` are required" }, 400);
  }
  if (!looksLikePhoneNumber(body.to)) return json({ error: "`to` is not a phone number" }, 400);
  const sender = typeof body.sender === "string" ? body.sender : "ACME";
  if (!SENDER_IDS.has(sender)) return json({ error: `sender id ${sender} is not registered` }, 403);
  const text = body.text.trim();
  if (!text) return json({ error: "`text` is empty" }, 400);
  const segments = segmentsFor(text);
  if (segments > MAX_SEGMENTS) return json({ error: `text needs ${segments} parts` }, 413);

  const sms: OutgoingSms = {
    id: crypto.randomUUID(),
    to: body.to,
    sender,
    text,
    segments,
    queuedAt: new Date().toISOString(),
  };
  const position = enqueue(sms);
  return json({ id: sms.id, segments, position }, 202);
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(outboxStats());
  if (url.pathname === "/messages" && req.method === "POST") return await sendMessage(req);

  const match = MESSAGE.exec(url);
  if (match && req.method === "GET") {
    const status = statusOf(match.pathname.groups.id ?? "");
    return status ? json(status) : json({ error: "unknown message" }, 404);
  }
  return json({ error: "not found" }, 404);
}
