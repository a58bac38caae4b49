import { InboxStore } from "./inbox.ts";
import { membersOf } from "./teams.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8761;

const inboxes = new InboxStore();

interface Announcement {
  title: string;
  body: string;
  link?: string;
}

function fanOut(teamId: string, from: string, a: Announcement): number {
  const members = membersOf(teamId) ?? [];
  for (const userId of members) {
    if (userId === from) continue;
    inboxes.deliver(userId, {
      kind: "announcement",
      title: a.title,
      body: a.body,
      link: a.link,
      from,
    });
  }
  return members.length;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`team-inbox on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const user = req.headers.get("x-user") ?? "anonymous";

  const team = /^\/teams\/([\w-]+)\/announcements$/.exec(url.pathname);
  if (team && req.method === "POST") {
    if (!membersOf(team[1])) return Response.json({ error: "unknown team" }, { status: 404 });
    const body = await req.json() as Announcement;
    if (!body.title) return Response.json({ error: "title required" }, { status: 422 });
    return Response.json({ delivered: fanOut(team[1], user, body) }, { status: 202 });
  }
  if (url.pathname === "/inbox" && req.method === "GET") {
    return Response.json(inboxes.list(user, Number(url.searchParams.get("limit") ?? 20)));
  }
  if (url.pathname === "/inbox/read-all" && req.method === "POST") {
    inboxes.markAllRead(user);
    return Response.json({ ok: true });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
