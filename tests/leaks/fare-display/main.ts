import { faresFor, ROUTES } from "./fares.ts";
import { formatterStats, withFormatter } from "./money.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8760;

// Locales are the first path segment, lower case as in all our URLs: /nl-be/fares/ams-bru.
const SUPPORTED_LOCALES = new Set(["en", "nl", "nl-be", "fr-be", "de", "de-ch", "fr"]);

function faresPage(locale: string, routeCode: string, url: URL): Response {
  const route = ROUTES.get(routeCode);
  if (!route) return Response.json({ error: `no route ${routeCode}` }, { status: 404 });
  const day = Number(url.searchParams.get("day") ?? "0");
  if (!Number.isInteger(day) || day < 0) {
    return Response.json({ error: "day must be a day number" }, { status: 400 });
  }
  const fares = faresFor(route, day);
  const cheapest = Math.min(...fares.map((f) => f.secondCents));
  const body = withFormatter(locale, route.currency, (format) => ({
    route: `${route.from} → ${route.to}`,
    operator: route.operator,
    from: format(cheapest),
    fares: fares.map((f) => ({
      departure: f.departure,
      arrival: f.arrival,
      second: format(f.secondCents),
      first: format(f.firstCents),
      seatsLeft: f.seatsLeft < 20 ? `${f.seatsLeft} left` : undefined,
    })),
  }));
  return Response.json(body, { headers: { "content-language": locale } });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`fare-display on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/formatters") return Response.json(formatterStats());
  const m = /^\/([a-z]{2}(?:-[a-z]{2})?)\/fares\/([a-z]{3}-[a-z]{3})$/.exec(url.pathname);
  if (m && req.method === "GET") {
    if (!SUPPORTED_LOCALES.has(m[1])) {
      return Response.json({ error: `unsupported locale ${m[1]}` }, { status: 404 });
    }
    try {
      return faresPage(m[1], m[2], url);
    } catch (err) {
      console.error(err);
      return Response.json({ error: "internal error" }, { status: 500 });
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
