import { renderedDashboard, warmDashboard } from "./warmer.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const WARM = /^\/dashboards\/([\w-]{1,64})\/warm$/;
const DASHBOARD = /^\/dashboards\/([\w-]{1,64})$/;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`dashboard service listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  const warm = WARM.exec(url.pathname);
  if (warm && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    const widgets = Array.isArray(body.widgets) ? body.widgets.map(String).slice(0, 12) : [];
    if (widgets.length === 0) return Response.json({ error: "no widgets" }, { status: 400 });
    const rendered = warmDashboard({
      id: warm[1],
      tenant: String(body.tenant ?? "default"),
      widgets,
      range: body.range === "30d" ? "30d" : "7d",
    });
    return Response.json(rendered, { status: 202 });
  }

  const dashboard = DASHBOARD.exec(url.pathname);
  if (dashboard && req.method === "GET") {
    const rendered = renderedDashboard(dashboard[1]);
    return rendered ? Response.json(rendered) : Response.json({ error: "cold" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
