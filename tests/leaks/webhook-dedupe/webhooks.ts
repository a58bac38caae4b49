import { applyEvent, type LedgerEvent } from "./ledger.ts";

const SOURCES = new Set(["payments", "shipping", "refunds"]);

// Providers retry deliveries until they get a 2xx, sometimes several times, so a delivery we
// have already applied must be acknowledged without applying it again.
const processedDeliveries = new Set<string>();

async function fingerprint(source: string, raw: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(raw));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${source}:${hex}`;
}

function parseEvent(raw: string): LedgerEvent | null {
  try {
    const event = JSON.parse(raw);
    if (typeof event.type !== "string" || typeof event.data !== "object") return null;
    const amount = Number(event.data.amount);
    if (!Number.isInteger(amount)) return null;
    return { type: event.type, amount, currency: String(event.data.currency ?? "EUR") };
  } catch {
    return null;
  }
}

export async function receiveWebhook(
  source: string,
  req: Request,
): Promise<{ status: number; body: unknown }> {
  if (!SOURCES.has(source)) return { status: 404, body: { error: `unknown source ${source}` } };
  const raw = await req.text();
  const event = parseEvent(raw);
  if (!event) return { status: 400, body: { error: "malformed event" } };

  const key = await fingerprint(source, raw);
  if (processedDeliveries.has(key)) return { status: 200, body: { duplicate: true } };

  applyEvent(source, event);
  processedDeliveries.add(key);
  return { status: 202, body: { accepted: true } };
}
