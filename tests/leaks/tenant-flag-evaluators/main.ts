import { evaluatorFor } from "./evaluator.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8122;

const FLAGS = /^\/t\/([\w-]+)\/flags(\/definitions)?$/;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`flag service on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const m = url.pathname.match(FLAGS);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const evaluator = evaluatorFor(m[1]);
  if (!evaluator) return Response.json({ error: "unknown tenant" }, { status: 404 });
  if (m[2]) return Response.json(evaluator.definitions());

  const user = {
    id: url.searchParams.get("user") ?? "",
    plan: url.searchParams.get("plan") ?? "free",
    country: url.searchParams.get("country") ?? "",
  };
  if (!user.id) return Response.json({ error: "user required" }, { status: 400 });
  const flags = Object.fromEntries(evaluator.all(user).map((e) => [e.flag, e.value]));
  return Response.json({ tenant: m[1], user: user.id, flags }, {
    headers: { "cache-control": "private, max-age=30" },
  });
});
