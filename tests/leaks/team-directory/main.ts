import { db, TeamResolver, userLoader } from "./resolvers.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const TEAM_ROUTE = new URLPattern({ pathname: "/teams/:teamId/members" });
const USER_ROUTE = new URLPattern({ pathname: "/users/:userId" });

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`team directory listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") {
    return Response.json({ ok: true, queries: db.queries, batches: userLoader.batches });
  }

  const team = TEAM_ROUTE.exec(url);
  if (team && req.method === "GET") {
    const teamId = team.pathname.groups.teamId!.replace(/^t-/, "");
    const size = Math.min(Number(url.searchParams.get("size") ?? 4) || 4, 25);
    const members = await new TeamResolver(teamId, size).members();
    return Response.json({ team: `t-${teamId}`, members });
  }

  const user = USER_ROUTE.exec(url);
  if (user && req.method === "GET") {
    try {
      return Response.json(await userLoader.load(user.pathname.groups.userId!));
    } catch {
      return Response.json({ error: "not found" }, { status: 404 });
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
