import { SITES, weighbridge } from "./weighbridge.ts";
import { issueTicket, lastTicketFor, recentTickets } from "./tickets.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const normalisePlate = (p: unknown) => String(p ?? "").toUpperCase().replace(/\s+/g, "");

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function siteOf(id: string) {
  const site = SITES[id];
  if (!site) throw new HttpError(404, `no site ${id}`);
  return site;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (parts[0] !== "sites" || !parts[1]) return json({ error: "not found" }, 404);
  const site = siteOf(parts[1]);
  const action = parts[2];

  // load cells / ANPR: readings as the truck rolls on
  if (action === "readings" && req.method === "POST") {
    const b = await body(req);
    const session = weighbridge.session(site.id, normalisePlate(b.plate));
    session.addReading(Number(b.axle), Number(b.kg));
    return json({ plate: session.plate, axles: session.axleWeights() }, 202);
  }

  // the operator books the truck in and takes the gross weight
  if (action === "arrivals" && req.method === "POST") {
    const b = await body(req);
    const session = weighbridge.session(site.id, normalisePlate(b.plate));
    session.haulier = String(b.haulier ?? "");
    session.product = String(b.product ?? "");
    session.gross = Number(b.gross);
    return json({
      plate: session.plate,
      gross: session.gross,
      overweight: session.overweight(),
      alerts: session.alerts,
    }, 201);
  }

  // back over the bridge empty: tare, net and the ticket
  if (action === "exits" && req.method === "POST") {
    const b = await body(req);
    const plate = normalisePlate(b.plate);
    const session = weighbridge.find(site.id, plate);
    if (!session || session.gross === null) throw new HttpError(409, `${plate} was not weighed in`);
    const ticket = issueTicket({
      site: site.id,
      plate,
      haulier: session.haulier ?? "",
      product: session.product ?? "",
      gross: session.gross,
      tare: Number(b.tare),
    });
    weighbridge.close(site.id, plate);
    return json(ticket, 201);
  }

  // the cab display at the bridge polls for what to tell the driver
  if (action === "display" && parts[3] && req.method === "GET") {
    const plate = normalisePlate(decodeURIComponent(parts[3]));
    const session = weighbridge.session(site.id, plate);
    const ticket = lastTicketFor(site.id, plate);
    let message = "DRIVE ON SLOWLY";
    if (session.gross !== null) {
      message = session.overweight() ? "OVERWEIGHT - SEE OFFICE" : "PROCEED TO LOADING";
    } else if (ticket) {
      message = `TICKET ${ticket.number} - NET ${(ticket.net / 1000).toFixed(2)} T`;
    }
    return json({ plate, message, axles: session.axleWeights() });
  }

  if (action === "tickets" && req.method === "GET") {
    return json({
      site: site.name,
      onBridge: weighbridge.onBridge(site.id),
      tickets: recentTickets(site.id),
    });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`weighbridge on :${port}`) },
  (req) =>
    handle(req).catch((err) => {
      const status = err instanceof HttpError ? err.status : 500;
      return json({ error: (err as Error).message }, status);
    }),
);
