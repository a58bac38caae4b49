import { AccessPolicy } from "./access.ts";
import { getMember, memberStats } from "./members.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8796;

const CLUBS = ["centrum", "zuid"];
const RECENT = 30;

/** Who is inside each club right now. */
const inside = new Map(CLUBS.map((club) => [club, new Set<string>()]));
/** The last 30 door events, in a ring. */
const recent: ({ member: string; club: string; door: string; result: string; at: string })[] =
  new Array(RECENT);
let nextSlot = 0;

function record(member: string, club: string, door: string, result: string) {
  recent[nextSlot] = { member, club, door, result, at: new Date().toISOString() };
  nextSlot = (nextSlot + 1) % RECENT;
}

async function handle(req: Request, url: URL): Promise<Response> {
  if ((url.pathname === "/checkins" || url.pathname === "/checkouts") && req.method === "POST") {
    const { member: id, club, door = "main" } = await req.json().catch(() => ({}));
    const occupants = inside.get(club);
    if (!occupants || typeof id !== "string") {
      return Response.json({ error: "member and club required" }, { status: 400 });
    }
    if (url.pathname === "/checkouts") {
      occupants.delete(id);
      record(id, club, door, "out");
      return Response.json({ member: id, club, inside: occupants.size });
    }
    const member = getMember(id);
    const policy = new AccessPolicy(member, new Date(Date.UTC(2024, 5, 3, 10, 30)));
    const allowed = policy.mayEnter(club);
    record(id, club, door, allowed ? "in" : "refused");
    if (allowed) occupants.add(id);
    return Response.json({ member: member.name, club, allowed, reason: policy.reason(club) });
  }
  const member = /^\/members\/([\w-]+)$/.exec(url.pathname);
  if (member) return Response.json(getMember(member[1]));
  const occupancy = /^\/clubs\/([\w-]+)\/occupancy$/.exec(url.pathname);
  if (occupancy && inside.has(occupancy[1])) {
    return Response.json({ club: occupancy[1], inside: inside.get(occupancy[1])!.size });
  }
  if (url.pathname === "/checkins/recent") {
    const ordered = [...recent.slice(nextSlot), ...recent.slice(0, nextSlot)].filter(Boolean);
    return Response.json({ events: ordered.reverse(), members: memberStats() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`gym-checkins on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
