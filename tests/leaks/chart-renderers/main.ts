import { ChartRenderer } from "./renderer.ts";
import { monthlySales } from "./sales.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8300;

function svg(body: string): Response {
  return new Response(body, {
    headers: { "content-type": "image/svg+xml", "cache-control": "max-age=60" },
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

// GET /stores/:store/sales.svg?months=12 - the full bar chart for the store page.
function salesChart(store: string, url: URL): Response {
  const months = Math.min(24, Number(url.searchParams.get("months") ?? 12));
  const chart = new ChartRenderer({
    title: `Sales - ${store}, last ${months} months`,
    width: Number(url.searchParams.get("w") ?? 640),
    height: Number(url.searchParams.get("h") ?? 320),
    series: monthlySales(store, months),
  });
  return svg(chart.draw());
}

// GET /stores/:store/trend.svg - the small trend line in the store list.
function trendLine(store: string): Response {
  const renderer = new ChartRenderer({
    title: store,
    width: 48,
    height: 20,
    series: monthlySales(store, 12).slice(0, 1),
  });
  try {
    return svg(renderer.sparkline());
  } finally {
    renderer.destroy();
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/theme" && req.method === "POST") {
    const redrawn = ChartRenderer.setTheme(url.searchParams.get("name") ?? "light");
    return json(200, { theme: ChartRenderer.theme.name, redrawn });
  }
  if (url.pathname === "/stats") return json(200, { live: ChartRenderer.instances.length });
  const m = /^\/stores\/([\w-]+)\/(sales|trend)\.svg$/.exec(url.pathname);
  if (!m) return json(404, { error: "not found" });
  return m[2] === "sales" ? salesChart(m[1], url) : trendLine(m[1]);
});
