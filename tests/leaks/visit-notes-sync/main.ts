import { IdempotencyWindow } from "./idempotency.ts";
import type { HandlerResult } from "./idempotency.ts";
import { addNote, carerDay, checkIn, checkOut, VisitError, visitStats } from "./visits.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const idempotency = new IdempotencyWindow(2_000);

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function readBody<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new VisitError(400, "bad JSON");
  }
}

/** Runs a phone's push once per Idempotency-Key. */
async function once(req: Request, apply: () => Promise<HandlerResult>): Promise<Response> {
  const key = req.headers.get("idempotency-key");
  if (!key) {
    const result = await apply();
    return json(result.body, result.status);
  }
  const device = req.headers.get("x-device") ?? "unknown";
  const stored = await idempotency.run(key, device, apply);
  const headers: Record<string, string> = {};
  if (stored.replayed) headers["idempotent-replayed-from"] = new Date(stored.at).toUTCString();
  return new Response(stored.body, {
    status: stored.status,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") {
    return json({ ...visitStats(), replays: idempotency.replays, remembered: idempotency.size });
  }
  if (parts[0] === "carers" && parts[1] && parts[2] === "today") return json(carerDay(parts[1]));

  if (parts[0] === "visits" && parts[1] && req.method === "POST") {
    const id = parts[1];
    switch (parts[2]) {
      case "checkin":
        return await once(
          req,
          async () => ({ status: 201, body: checkIn(id, await readBody(req)) }),
        );
      case "notes":
        return await once(
          req,
          async () => ({ status: 201, body: addNote(id, await readBody(req)) }),
        );
      case "checkout":
        return await once(
          req,
          async () => ({ status: 200, body: checkOut(id, await readBody(req)) }),
        );
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`visit notes sync on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    if (err instanceof VisitError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
