import { listings } from "./listings.ts";
import { RoomError, RoomRegistry, type RoomSummary } from "./rooms.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

/** Closed viewings for the branch dashboard (the last 30). */
const closed: RoomSummary[] = [];

const registry = new RoomRegistry((summary) => {
  const listing = listings.get(summary.listing);
  if (listing) {
    listing.viewingsHeld++;
    listing.lastViewing = new Date().toISOString();
  }
  closed.unshift(summary);
  if (closed.length > 30) closed.length = 30;
});

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(req: Request): Promise<Record<string, string>> {
  try {
    const text = await req.text();
    return text ? JSON.parse(text) : {};
  } catch {
    throw new RoomError(400, "body is not JSON");
  }
}

function need(body: Record<string, string>, ...keys: string[]): void {
  for (const k of keys) {
    if (typeof body[k] !== "string" || !body[k]) throw new RoomError(400, `${k} is required`);
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/dashboard") {
    return json({ live: registry.live(), closed: closed.slice(0, 10) });
  }
  if (parts[0] === "listings" && parts[1] && req.method === "GET") {
    const listing = listings.get(parts[1]);
    return listing ? json(listing) : json({ error: "no such listing" }, 404);
  }
  if (parts[0] !== "viewings") throw new RoomError(404, "not found");

  if (parts.length === 1 && req.method === "POST") {
    const body = await readBody(req);
    need(body, "id", "listing", "agent");
    const listing = listings.get(body.listing);
    if (!listing) throw new RoomError(404, `no listing ${body.listing}`);
    const room = registry.open(body.id, listing.id, body.agent, listing.tourStops[0]);
    return json({ id: room.id, stop: room.stop }, 201);
  }

  const id = parts[1];
  if (parts.length === 2 && req.method === "GET") {
    const room = registry.get(id);
    return json({
      id: room.id,
      listing: room.listing,
      stop: room.stop,
      viewers: [...room.viewers.values()].map((v) => ({ id: v.id, name: v.name })),
      questions: room.questions,
    });
  }
  if (parts.length === 2 && req.method === "PATCH") {
    const body = await readBody(req);
    need(body, "stop");
    const listing = listings.get(registry.get(id).listing)!;
    if (!listing.tourStops.includes(body.stop)) throw new RoomError(400, `no stop ${body.stop}`);
    const room = registry.moveTo(id, body.stop);
    return json({ id, stop: room.stop });
  }
  if (req.method !== "POST") throw new RoomError(404, "not found");
  const body = await readBody(req);
  switch (parts[2]) {
    case "join": {
      need(body, "viewer", "name", "connection");
      const room = registry.join(id, {
        id: body.viewer,
        name: body.name,
        connection: body.connection,
        device: req.headers.get("user-agent") ?? "unknown",
        joinedAt: Date.now(),
      });
      return json({ id, stop: room.stop, viewers: room.viewers.size });
    }
    case "questions": {
      need(body, "viewer", "text");
      return json(registry.ask(id, body.viewer, body.text), 201);
    }
    case "leave": {
      need(body, "viewer");
      return json({ left: registry.leave(id, body.viewer) });
    }
    case "end": {
      need(body, "agent");
      registry.agentLeaves(id, body.agent);
      return json({ ended: true });
    }
  }
  throw new RoomError(404, "not found");
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`open house viewings on :${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof RoomError) return json({ error: err.message }, err.status);
    return json({ error: String(err) }, 500);
  }
});
