import { book, BookingError, cancel, getBooking, sailingsOn } from "./ferry.ts";
import { formatterFor } from "./money.ts";
import { outboxStats, startRelay } from "./outbox.ts";
import { activeSpans, finishedSpans, type Handler, traced } from "./tracing.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8770;

const PORT_SYSTEM_URL = `http://127.0.0.1:${port}/sandbox/port-system/events/batch`;
const LOCALES = new Set(["en", "nl", "nl-be", "de", "en-gb"]);
const sandbox = { received: 0 };

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") throw new BookingError(400, "expected a JSON object");
  return body as Record<string, unknown>;
}

const routes: [string, RegExp, Handler][] = [];

function on(method: string, path: string, pattern: RegExp, handler: Handler) {
  routes.push([method, pattern, traced(path, handler)]);
}

on("POST", "/bookings", /^\/bookings$/, async (req) => {
  return Response.json(book(await readJson(req)), { status: 201 });
});

// deno-lint-ignore require-await -- handlers share one async signature
on("GET", "/bookings/:ref", /^\/bookings\/([a-z0-9-]+)$/, async (_req, [ref]) => {
  return Response.json(getBooking(ref));
});

// deno-lint-ignore require-await -- handlers share one async signature
on("POST", "/bookings/:ref/cancel", /^\/bookings\/([a-z0-9-]+)\/cancel$/, async (_req, [ref]) => {
  return Response.json(cancel(ref));
});

// deno-lint-ignore require-await -- handlers share one async signature
on("GET", "/:locale/sailings/:route", /^\/([a-z-]+)\/sailings\/([a-z]{3}-[a-z]{3})$/, async (
  _req,
  [locale, route],
) => {
  if (!LOCALES.has(locale)) throw new BookingError(404, `unsupported locale ${locale}`);
  const sailings = sailingsOn(route);
  if (sailings.length === 0) throw new BookingError(404, `no route ${route}`);
  return Response.json(sailings.map((s) => {
    const money = formatterFor(locale, s.currency);
    return {
      id: s.id,
      departs: s.departs,
      vessel: s.vessel,
      foot: money.format(s.fareCents.foot / 100),
      car: money.format(s.fareCents.car / 100),
      seatsLeft: s.capacity - s.booked,
    };
  }));
});

on(
  "POST",
  "/sandbox/port-system/events/batch",
  /^\/sandbox\/port-system\/events\/batch$/,
  async (req) => {
    const { events } = await readJson(req);
    sandbox.received += Array.isArray(events) ? events.length : 0;
    return new Response(null, { status: 204 });
  },
);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`ferry-bookings on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/status") {
    return Response.json({
      outbox: outboxStats(),
      sandbox,
      activeSpans: activeSpans.length,
      recentSpans: finishedSpans.newest(5).map((s) => `${s.name} ${s.status}`),
    });
  }
  try {
    for (const [method, pattern, handler] of routes) {
      const m = method === req.method ? pattern.exec(url.pathname) : null;
      if (m) return await handler(req, m.slice(1));
    }
    return Response.json({ error: "not found" }, { status: 404 });
  } catch (err) {
    if (err instanceof BookingError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});

startRelay(PORT_SYSTEM_URL);
