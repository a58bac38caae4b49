import type { BoatKind } from "./boat.ts";
import { RentalError } from "./boat.ts";
import { board, boats, openRentals } from "./fleet.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8743;

const KINDS = new Set<BoatKind>(["single", "tandem", "sup"]);

async function body(req: Request): Promise<Record<string, unknown>> {
  const parsed = await req.json().catch(() => null);
  if (!parsed || typeof parsed !== "object") throw new RentalError(400, "body must be JSON");
  return parsed;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/rentals" && req.method === "POST") {
    const { kind, customer, lifejackets, ref } = await body(req);
    if (!KINDS.has(kind as BoatKind)) {
      throw new RentalError(422, "kind must be single, tandem or sup");
    }
    if (typeof ref !== "string" || openRentals.has(ref)) throw new RentalError(422, "ref is taken");
    const boat = boats.firstAvailable(kind as BoatKind);
    boat.rentOut(ref, String(customer ?? "walk-in"), Number(lifejackets ?? 0));
    await boats.save(boat);
    return Response.json({ ref, boat: boat.id, since: boat.rental?.since }, { status: 201 });
  }

  const checkIn = /^\/rentals\/([\w-]+)\/check-in$/.exec(url.pathname);
  if (checkIn && req.method === "POST") {
    const boatId = openRentals.get(checkIn[1]);
    if (!boatId) throw new RentalError(404, `rental ${checkIn[1]} is not out`);
    const { damaged } = await body(req);
    const boat = boats.get(boatId);
    boat.checkIn(checkIn[1], damaged === true);
    await boats.save(boat);
    return Response.json({ ref: checkIn[1], boat: boat.id, status: boat.status });
  }

  if (url.pathname === "/boats" && req.method === "GET") {
    const kind = url.searchParams.get("kind");
    return Response.json({
      ...board,
      boats: boats.all().filter((b) => !kind || b.kind === kind).map((b) => ({
        id: b.id,
        kind: b.kind,
        status: b.status,
        minutesOnWater: b.minutesOnWater,
      })),
    });
  }
  throw new RentalError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`kayak-rentals on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof RentalError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    throw err;
  }
});
