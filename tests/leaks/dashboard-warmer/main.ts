import { renderedDashboard, warmDashboard } from "./warmer.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const WARM = new URLPattern({ pathname: "/dashboards/:id/warm" });
const DASHBOARD = new URLPattern({ pathname: "/dashboards/:id" });

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`dashboard service listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  const warm = WARM.exec(url);
  if (warm && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    const widgets = Array.isArray(body.widgets) ? body.widgets.map(String).slice(0, 12) : [];
    if (widgets.length === 0) return Response.json({ error: "no widgets" }, { status: 400 });
    const rendered = warmDashboard({
      id: warm.pathname.groups.id ?? "",
      tenant: String(body.tenant ?? "default"),
      widgets,
      range: body.range === "30d" ? "30d" : "7d",
    });
    return Response.json(rendered, { status: 202 });
  }

  const dashboard = DASHBOARD.exec(url);
  if (dashboard && req.method === "GET") {
    const rendered = renderedDashboard(dashboard.pathname.groups.id ?? "");
    return rendered ? Response.json(rendered) : Response.json({ error: "cold" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
