import { dayTotals, pruneBefore, record, type UsageEvent } from "./rollup.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

function isEvent(e: unknown): e is UsageEvent {
  const ev = e as UsageEvent;
  return typeof ev?.tenant === "string" && typeof ev.route === "string" &&
    Number.isFinite(ev.ts);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`usage collector listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (url.pathname === "/v1/usage" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    const events: unknown[] = Array.isArray(body?.events) ? body.events : [];
    let accepted = 0;
    for (const e of events) {
      if (!isEvent(e)) continue;
      record(e);
      accepted++;
    }
    return Response.json({ accepted, rejected: events.length - accepted }, { status: 202 });
  }

  const totals = /^\/v1\/tenants\/([\w-]+)\/usage\/(\d{4}-\d{2}-\d{2})$/.exec(url.pathname);
  if (totals && req.method === "GET") return Response.json(dayTotals(totals[1], totals[2]));

  if (url.pathname === "/admin/prune" && req.method === "POST") {
    const before = url.searchParams.get("before");
    if (!before) return Response.json({ error: "before is required" }, { status: 400 });
    pruneBefore(before);
    return Response.json({ ok: true });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
