import { CachingBehavior, CancellationBehavior, LoggingBehavior, Mediator } from "./mediator.ts";
import {
  GetAvailability,
  GetAvailabilityHandler,
  HoldStore,
  PlaceHold,
  PlaceHoldHandler,
  ReleaseHold,
  ReleaseHoldHandler,
} from "./bookings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const store = new HoldStore();
const logging = new LoggingBehavior(50);
const cancellation = new CancellationBehavior();
const cache = new CachingBehavior(32);
const invalidateHall = (hall: string) => cache.invalidate(`availability:${hall}:`);

const mediator = new Mediator((type) => {
  if (type === GetAvailabilityHandler) return new GetAvailabilityHandler(store);
  if (type === PlaceHoldHandler) return new PlaceHoldHandler(store, invalidateHall);
  if (type === ReleaseHoldHandler) return new ReleaseHoldHandler(store, invalidateHall);
  throw new Error(`cannot build ${type.name}`);
}).use(logging).use(cancellation).use(cache);

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/diagnostics") {
    return Response.json({
      active: store.active.size,
      released: store.released.slice(-5),
      cancelled: cancellation.cancelled,
      recent: logging.recent.slice(-10),
    });
  }

  // POST /halls/:hall/holds {id, date, slot, organiser}
  if (req.method === "POST" && parts[0] === "halls" && parts[2] === "holds") {
    const b = await req.json();
    const hold = await mediator.send(
      new PlaceHold(
        String(b.id),
        parts[1],
        String(b.date),
        String(b.slot),
        String(b.organiser ?? ""),
      ),
      req.signal,
    );
    return Response.json(hold, { status: 201 });
  }

  // POST /holds/:id/release
  if (req.method === "POST" && parts[0] === "holds" && parts[2] === "release") {
    const hold = await mediator.send(new ReleaseHold(parts[1]), req.signal);
    return hold
      ? Response.json({ released: parts[1] })
      : Response.json({ error: "no such hold" }, { status: 404 });
  }

  // GET /halls/:hall/availability?date=2026-07-04
  if (req.method === "GET" && parts[0] === "halls" && parts[2] === "availability") {
    const date = url.searchParams.get("date") ?? "";
    return Response.json(await mediator.send(new GetAvailability(parts[1], date), req.signal));
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  {
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => console.log(`hall-hire on http://127.0.0.1:${port}`),
  },
  (req) =>
    handle(req).catch((err) =>
      Response.json({ error: String((err as Error).message ?? err) }, { status: 409 })
    ),
);
