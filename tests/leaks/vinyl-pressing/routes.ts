import { presses, type PressEvent } from "./presses.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const KINDS = new Set(["cycle", "alarm", "changeover"]);

function toEvent(pressId: string, raw: Record<string, unknown>): PressEvent | string {
  if (!KINDS.has(String(raw.kind))) return "unknown kind";
  const cycleNo = Number(raw.cycleNo);
  if (!Number.isInteger(cycleNo)) return "cycleNo must be an integer";
  return {
    at: new Date().toISOString(),
    press: pressId,
    kind: raw.kind as PressEvent["kind"],
    cycleNo,
    temperatureC: Number(raw.temperatureC ?? 0),
    pressureBar: Number(raw.pressureBar ?? 0),
    operator: String(raw.operator ?? "unknown"),
    catalogue: String(raw.catalogue ?? ""),
    note: `${pressId} cycle ${cycleNo}: ${String(raw.note ?? "")}`,
  };
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return new Response("ok");

  if (parts[0] === "presses" && parts.length === 1 && req.method === "GET") {
    return json([...presses.values()].map((p) => p.summary()));
  }

  const press = parts[0] === "presses" ? presses.get(parts[1]) : undefined;
  if (parts[0] === "presses" && !press) return json({ error: "no such press" }, 404);

  if (press && parts[2] === "events" && req.method === "POST") {
    const raw = await req.json().catch(() => null);
    if (!raw || typeof raw !== "object") return json({ error: "bad body" }, 400);
    const event = toEvent(press.id, raw);
    if (typeof event === "string") return json({ error: event }, 422);
    press.record(event);
    return json({ ok: true, buffered: press.events.size }, 202);
  }

  // The floor dashboard pulls the next batch of events of a press.
  if (press && parts[2] === "feed" && req.method === "GET") {
    const max = Math.min(Number(url.searchParams.get("max") ?? 20), 100);
    return json({ press: press.id, events: press.events.take(max) });
  }

  if (press && parts.length === 2 && req.method === "GET") return json(press.summary());

  return json({ error: "not found" }, 404);
}
