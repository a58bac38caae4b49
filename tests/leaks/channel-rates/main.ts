import { BookingError, createBooking, modifyBooking, status } from "./bookings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    throw new BookingError(400, "body must be JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/status") return json(200, status());
  // POST /ota/:channel/bookings
  if (
    parts[0] === "ota" && parts[2] === "bookings" && parts.length === 3 && req.method === "POST"
  ) {
    const body = await readJson(req);
    return json(201, await createBooking({ ...body, channel: parts[1] }));
  }
  // PATCH /ota/:channel/bookings/:ref
  if (parts[0] === "ota" && parts[2] === "bookings" && parts[3] && req.method === "PATCH") {
    const body = await readJson(req);
    return json(200, await modifyBooking(parts[3], { ...body, channel: parts[1] }));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof BookingError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
