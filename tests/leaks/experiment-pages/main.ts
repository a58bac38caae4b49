import { renderPage } from "./pages.ts";
import { exposureReport } from "./experiments.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const PLANS = [
  { name: "Starter", monthly: 9, annual: 90 },
  { name: "Team", monthly: 29, annual: 290 },
  { name: "Business", monthly: 79, annual: 790 },
];

function visitorOf(req: Request): string {
  const cookie = req.headers.get("cookie") ?? "";
  return /(?:^|;\s*)vid=([\w-]{4,64})/.exec(cookie)?.[1] ?? crypto.randomUUID();
}

function page(name: string, req: Request, data: Record<string, unknown>): Response {
  const visitor = visitorOf(req);
  const { html, exposures } = renderPage(name, visitor, data);
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "set-cookie": `vid=${visitor}; Path=/; Max-Age=31536000; SameSite=Lax`,
      "x-exposures": exposures.map((e) => `${e.experiment}=${e.variant}`).join(","),
    },
  });
}

function handle(req: Request): Response {
  const url = new URL(req.url);
  switch (url.pathname) {
    case "/healthz":
      return Response.json({ ok: true });
    case "/":
      return page("landing.njk", req, {
        title: "Fernway — field service scheduling",
        headline: "Schedule crews, not spreadsheets",
        campaign: url.searchParams.get("utm_campaign") ?? "direct",
      });
    case "/pricing":
      return page("pricing.njk", req, { title: "Pricing — Fernway", plans: PLANS });
    case "/experiments/report":
      return Response.json(exposureReport());
    default:
      return Response.json({ error: "not found" }, { status: 404 });
  }
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`experiment-pages on ${port}`) },
  handle,
);
