import { advance, checkIn, counterStats, findStay } from "./counter.ts";
import { PickupError } from "./holds.ts";
import type { CounterEvent } from "./journey.ts";
import { type Parcel, shelfOverview } from "./shelves.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8174;

const PARCEL = new URLPattern({ pathname: "/parcels/:id" });
const PICKUP = new URLPattern({ pathname: "/parcels/:id/pickup" });
const HANDOVER = new URLPattern({ pathname: "/parcels/:id/handover" });
const CARRIERS = new Set(["PostNL", "DHL", "DPD", "GLS"]);
const SIZES = new Set(["S", "M", "L"]);

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new PickupError(400, "expected a JSON object");
  }
  return body;
}

function parseParcel(body: Record<string, unknown>): Parcel {
  const id = String(body.id ?? "").toUpperCase();
  if (!/^[A-Z0-9-]{4,32}$/.test(id)) {
    throw new PickupError(422, "id must be 4-32 letters or digits");
  }
  const carrier = String(body.carrier ?? "");
  if (!CARRIERS.has(carrier)) throw new PickupError(422, `we do not handle ${carrier}`);
  const size = String(body.size ?? "M");
  if (!SIZES.has(size)) throw new PickupError(422, "size must be S, M or L");
  const recipient = (body.recipient ?? {}) as { name?: unknown; postcode?: unknown };
  if (!recipient.name || !recipient.postcode) {
    throw new PickupError(422, "recipient.name and recipient.postcode are required");
  }
  const kind = body.kind === "return" ? "return" : "delivery";
  return {
    id,
    carrier,
    kind,
    size: size as Parcel["size"],
    recipient: {
      name: String(recipient.name).slice(0, 80),
      postcode: String(recipient.postcode).replace(/\s/g, "").toUpperCase(),
    },
    shelf: String(body.shelf ?? (kind === "return" ? "C" : "A")).toUpperCase(),
    arrivedAt: Date.now(),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (req.method === "GET" && url.pathname === "/shelves") return Response.json(shelfOverview());
  if (req.method === "GET" && url.pathname === "/stats") return Response.json(counterStats());

  if (req.method === "POST" && url.pathname === "/parcels") {
    const stay = checkIn(parseParcel(await readBody(req)));
    return Response.json({ id: stay.parcel.id, shelf: stay.parcel.shelf, waiting: stay.waiting }, {
      status: 201,
    });
  }
  let m = PICKUP.exec(url);
  if (m && req.method === "POST") {
    const body = await readBody(req);
    const event: CounterEvent = {
      type: "picked-up",
      at: Date.now(),
      name: String(body.name ?? ""),
      postcode: String(body.postcode ?? ""),
    };
    const result = advance(m.pathname.groups.id!.toUpperCase(), event);
    return Response.json(result, { status: result.done ? 200 : 403 });
  }
  m = HANDOVER.exec(url);
  if (m && req.method === "POST") {
    const body = await readBody(req);
    const result = advance(m.pathname.groups.id!.toUpperCase(), {
      type: "handed-over",
      at: Date.now(),
      carrier: String(body.carrier ?? ""),
    });
    return Response.json(result);
  }
  m = PARCEL.exec(url);
  if (m && req.method === "GET") {
    const stay = findStay(m.pathname.groups.id!.toUpperCase());
    return Response.json({
      id: stay.parcel.id,
      carrier: stay.parcel.carrier,
      shelf: stay.parcel.shelf,
      waiting: stay.waiting,
      minutesHere: Math.round((Date.now() - stay.parcel.arrivedAt) / 60_000),
    });
  }
  throw new PickupError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`pickup point on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof PickupError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
