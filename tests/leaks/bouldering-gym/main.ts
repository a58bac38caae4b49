import { feedbackStats, vote } from "./feedback.ts";
import { lookupMember, memberStats } from "./members.ts";
import { type Area, AREAS, checkIn, checkOut, occupancy } from "./visits.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8803;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  const profile = /^\/members\/([\w-]+)$/.exec(url.pathname);
  if (profile) {
    const member = await lookupMember(profile[1]);
    return member ? json(member) : json({ error: "unknown member" }, 404);
  }
  if (url.pathname === "/turnstile" && req.method === "POST") {
    const b = await req.json();
    const member = await lookupMember(String(b.member));
    if (!member || member.visitsLeft === 0) return json({ open: false }, 403);
    const area: Area = AREAS.includes(b.area) ? b.area : "boulder-hall";
    if (area === "lead-wall" && !member.belayCertified) return json({ open: false }, 403);
    const visit = checkIn(member.id, member.name, area);
    return json({ open: true, area: visit.area });
  }
  const out = /^\/visits\/([\w-]+)\/checkout$/.exec(url.pathname);
  if (out && req.method === "POST") {
    const visit = checkOut(out[1]);
    if (!visit) return json({ error: "not inside" }, 404);
    return json({ member: visit.member, minutes: Math.round((Date.now() - visit.since) / 60_000) });
  }
  if (url.pathname === "/feedback" && req.method === "POST") {
    const b = await req.json();
    return vote(String(b.route), String(b.grade))
      ? json({ ok: true }, 202)
      : json({ error: "unknown route or grade" }, 422);
  }
  if (url.pathname === "/areas") return json(occupancy());
  if (url.pathname === "/status") {
    return json({ members: memberStats(), feedback: feedbackStats() });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`bouldering-gym on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  return await handle(req, url);
});
