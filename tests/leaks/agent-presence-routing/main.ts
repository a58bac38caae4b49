import { nextChange, Presence } from "./presence.ts";
import { assign, release, routingStats } from "./routing.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const ON_SHIFT = ["agent-ana", "agent-bram", "agent-chen", "agent-dara"];
const presence = new Presence(30_000, 5_000);

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    return {};
  }
}

async function handlePresence(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/presence" && req.method === "GET") {
    const page = url.searchParams.get("page") ?? "/";
    return Response.json({ page, viewers: presence.onPage(page) });
  }
  if (url.pathname === "/presence/changes" && req.method === "GET") {
    const wait = Math.min(500, Number(url.searchParams.get("wait") ?? 250));
    return Response.json({ change: await nextChange(presence, wait) });
  }
  const { viewer, page } = await body(req);
  if (typeof viewer !== "string") return Response.json({ error: "viewer" }, { status: 400 });
  switch (url.pathname) {
    case "/presence/join":
      if (typeof page !== "string") return Response.json({ error: "page" }, { status: 400 });
      return Response.json(presence.join(viewer, page), { status: 201 });
    case "/presence/heartbeat":
      return Response.json({ ok: presence.beat(viewer) });
    case "/presence/leave":
      return Response.json({ ok: presence.leave(viewer) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

async function handleConversation(req: Request, url: URL): Promise<Response> {
  const { visitor, agent } = await body(req);
  if (url.pathname === "/conversations" && typeof visitor === "string") {
    const assignment = assign(visitor, ON_SHIFT);
    return Response.json({ visitor, ...assignment }, { status: 201 });
  }
  if (url.pathname === "/conversations/close" && typeof agent === "string") {
    release(agent);
    return Response.json({ ok: true });
  }
  return Response.json({ error: "bad request" }, { status: 400 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stats") return Response.json(routingStats());
  if (url.pathname.startsWith("/presence")) return handlePresence(req, url);
  if (url.pathname.startsWith("/conversations") && req.method === "POST") {
    return handleConversation(req, url);
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
