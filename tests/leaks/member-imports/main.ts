import { CLUBS, columns, importMembers } from "./members.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8745;

const MAX_ROWS = 5000;

function json(body: unknown, status = 200) {
  return Response.json(body, { status });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`member-imports on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/imports/template" && req.method === "GET") {
    return new Response(columns.join(",") + "\n", { headers: { "content-type": "text/csv" } });
  }

  const imports = /^\/clubs\/([\w-]+)\/imports$/.exec(url.pathname);
  if (imports && req.method === "POST") {
    if (!CLUBS.has(imports[1])) return json({ error: "unknown club" }, 404);
    const body = await req.json().catch(() => null);
    const rows = body?.rows;
    if (!Array.isArray(rows)) return json({ error: "rows must be an array" }, 400);
    if (rows.length > MAX_ROWS) return json({ error: `at most ${MAX_ROWS} rows` }, 413);
    const result = await importMembers(imports[1], rows);
    return json(result, result.accepted ? 201 : 200);
  }

  return json({ error: "not found" }, 404);
});
