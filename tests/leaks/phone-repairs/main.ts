import { ModelRegistry } from "./registry.ts";
import { type Customer, Workshop } from "./jobs.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const registry = new ModelRegistry();
const workshop = new Workshop(registry);

interface IntakeBody {
  ticket?: string;
  customer?: Customer;
  device?: { brand?: string; model?: string; imei?: string };
  fault?: string;
  part?: string;
}

// IMEI (15 digits) or, for handsets without one, the serial number.
const IMEI = /^[0-9A-Z]{8,17}$/;
const TICKET = /^T\d+(-\d)?$/;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({
      open: workshop.open.size,
      takingsPence: workshop.takingsPence,
      recent: workshop.collected.slice(0, 5),
    });
  }
  if (url.pathname === "/models") return Response.json(registry.picker());

  if (url.pathname === "/repairs" && req.method === "POST") {
    const b = await req.json() as IntakeBody;
    const d = b.device;
    if (
      !b.ticket || !TICKET.test(b.ticket) || !b.customer?.name || !d?.brand || !d.model || !b.part
    ) {
      return Response.json({ error: "ticket, customer, device and part" }, { status: 400 });
    }
    if (!d.imei || !IMEI.test(d.imei)) {
      return Response.json({ error: "IMEI or serial" }, { status: 400 });
    }
    const r = workshop.bookIn(b.ticket, {
      customer: b.customer,
      brand: d.brand,
      model: d.model,
      imei: d.imei,
      fault: b.fault ?? "",
      part: b.part,
    });
    if ("error" in r) return Response.json({ error: r.error }, { status: 422 });
    return Response.json(
      { id: r.job.id, quotePence: r.job.quotePence, readyIn: `${r.job.benchMinutes} min` },
      { status: 201 },
    );
  }

  const m = /^\/repairs\/(T\d+(?:-\d)?)(?:\/(repaired|collect))?$/.exec(url.pathname);
  if (m) {
    const [, id, action] = m;
    if (action === "repaired" && req.method === "POST") {
      const job = workshop.markRepaired(id);
      return job
        ? Response.json({ id, state: job.state })
        : Response.json({ error: "no" }, { status: 409 });
    }
    if (action === "collect" && req.method === "POST") {
      const job = workshop.collect(id);
      return job
        ? Response.json({ id, paidPence: job.quotePence })
        : Response.json({ error: "not ready" }, { status: 409 });
    }
    const job = workshop.open.get(id);
    return job ? Response.json(job) : Response.json({ error: "not found" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`phone repairs on :${port}`) },
  handle,
);
