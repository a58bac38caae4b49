import { observe, summary } from "./stats.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const ROUTES: [RegExp, string][] = [
  [/^\/flights\/[A-Z0-9]+$/, "/flights/:code"],
  [/^\/airports\/[A-Z]{3}\/departures$/, "/airports/:iata/departures"],
];

function routeOf(pathname: string): string {
  for (const [re, name] of ROUTES) if (re.test(pathname)) return name;
  return "other";
}

function handle(url: URL): Response {
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/debug/latency") return Response.json(summary());
  const flight = /^\/flights\/([A-Z0-9]+)$/.exec(url.pathname);
  if (flight) {
    const code = flight[1];
    return Response.json({
      code,
      status: code.length % 2 ? "boarding" : "scheduled",
      gate: `D${code.length + 3}`,
    });
  }
  const dep = /^\/airports\/([A-Z]{3})\/departures$/.exec(url.pathname);
  if (dep) {
    const hour = Number(url.searchParams.get("hour") ?? 8) % 24;
    return Response.json({
      airport: dep[1],
      departures: Array.from({ length: 5 }, (_, n) => ({
        flight: `KL${1000 + hour * 10 + n}`,
        time: `${String(hour).padStart(2, "0")}:${String(n * 10).padStart(2, "0")}`,
      })),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`flight info listening on 127.0.0.1:${port}`),
}, (req) => {
  const started = performance.now();
  const url = new URL(req.url);
  const res = handle(url);
  if (url.pathname !== "/healthz") {
    observe(routeOf(url.pathname), res.status, performance.now() - started);
  }
  return res;
});
