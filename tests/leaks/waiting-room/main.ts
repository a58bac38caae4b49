import { WaitingRoom } from "./room.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8790;

const rooms = new Map<string, WaitingRoom>([
  ["gig-0412", new WaitingRoom("gig-0412", 250)],
  ["festival-day-2", new WaitingRoom("festival-day-2", 1000)],
]);

interface JoinBody {
  visitor?: string;
  presaleCode?: string;
}

const PRESALE_CODES = new Set(["FANCLUB24", "AMEXPRE"]);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`waiting-room on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const match = /^\/rooms\/([\w-]+)\/(join|leave|position|admit|release)$/.exec(url.pathname);
  if (!match) return Response.json({ error: "not found" }, { status: 404 });
  const room = rooms.get(match[1]);
  if (!room) return Response.json({ error: "unknown event" }, { status: 404 });

  switch (match[2]) {
    case "join": {
      const body = await req.json() as JoinBody;
      if (!body.visitor) return Response.json({ error: "visitor required" }, { status: 422 });
      const presale = body.presaleCode !== undefined && PRESALE_CODES.has(body.presaleCode);
      const ticket = room.join(body.visitor, presale, req.headers.get("user-agent") ?? "");
      return Response.json({ ticket: ticket.id, position: room.position(body.visitor) }, {
        status: 201,
      });
    }
    case "position": {
      const position = room.position(url.searchParams.get("visitor") ?? "");
      if (position === undefined) return Response.json({ error: "not queued" }, { status: 404 });
      return Response.json({ position, admittedNow: room.admitted.size });
    }
    case "leave": {
      const body = await req.json() as JoinBody;
      return Response.json({ left: room.leave(body.visitor ?? "") });
    }
    case "admit":
      return Response.json({ admitted: room.admitNext() });
    case "release": {
      const body = await req.json() as { token?: string };
      return Response.json({ released: room.release(body.token ?? "") });
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
