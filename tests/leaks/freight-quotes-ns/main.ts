import { FreightRates } from "./rates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8400;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

// Bookings confirmed from a quote, the last hundred, for the ops screen.
const bookings: { reference: string; total: number; at: string }[] = [];

function parseShipment(body: Record<string, unknown>): FreightRates.Shipment | string {
  const { reference, origin, destination, pallets, weightKg, tailLift } = body;
  if (typeof reference !== "string" || !reference) return "reference required";
  if (typeof origin !== "string" || typeof destination !== "string") {
    return "origin and destination required";
  }
  if (typeof pallets !== "number" || pallets < 1 || pallets > 33) return "pallets 1-33";
  if (typeof weightKg !== "number" || weightKg <= 0) return "weightKg required";
  return { reference, origin, destination, pallets, weightKg, tailLift: tailLift === true };
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") {
    return json(200, { ...FreightRates.stats(), bookings: bookings.length });
  }

  if (url.pathname === "/quotes" && req.method === "POST") {
    let body: Record<string, unknown>;
    try {
      body = await req.json();
    } catch {
      return json(400, { error: "invalid json" });
    }
    const shipment = parseShipment(body);
    if (typeof shipment === "string") return json(400, { error: shipment });
    return json(200, FreightRates.quote(shipment));
  }

  if (url.pathname === "/bookings" && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    const shipment = parseShipment(body);
    if (typeof shipment === "string") return json(400, { error: shipment });
    const quote = FreightRates.quote(shipment);
    bookings.push({ reference: quote.reference, total: quote.total, at: new Date().toISOString() });
    if (bookings.length > 100) bookings.shift();
    return json(201, { booked: quote.reference, total: quote.total });
  }
  return json(404, { error: "not found" });
});
