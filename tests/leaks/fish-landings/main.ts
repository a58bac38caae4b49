import { Auction, type Lot } from "./auction.ts";
import { type Declaration, normalisePln, parseDeclaration } from "./declarations.ts";
import { priceStats, startingPrice } from "./prices.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const auction = new Auction();
/** Vessels alongside, by PLN, until they sail again. */
const alongside = new Map<string, Declaration>();
/** The harbour office's screen: the header line of the last 32 declarations. */
const recentHeaders: string[] = [];
/** Weighings per crate number (crates are numbered 1 to 400 and go round the market). */
const weighings = new Map<number, number>();

function json(body: unknown, status = 200) {
  return Response.json(body, { status });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return json({
      alongside: alongside.size,
      ...auction.stats(),
      ...priceStats(),
      weighings: weighings.size,
    });
  }

  if (url.pathname === "/landings" && req.method === "POST") {
    const text = await req.text();
    const decl = parseDeclaration(text);
    if (typeof decl === "string") return json({ error: decl }, 400);
    const [header] = text.split("\n");
    recentHeaders.unshift(header);
    if (recentHeaders.length > 32) recentHeaders.length = 32;
    alongside.set(decl.pln, decl);
    return json({ pln: decl.pln, lines: decl.lines.length }, 201);
  }
  if (url.pathname === "/departures" && req.method === "POST") {
    const { pln } = await req.json() as { pln?: string };
    const sailed = alongside.delete(normalisePln(pln ?? ""));
    return json({ sailed });
  }

  if (url.pathname === "/lots" && req.method === "POST") {
    const body = await req.json() as { id: string; pln: string; line: number };
    const decl = alongside.get(normalisePln(body.pln ?? ""));
    const line = decl?.lines[body.line ?? 0];
    if (!decl || !line) return json({ error: "no such catch line" }, 404);
    const lot: Lot = {
      id: body.id,
      pln: decl.pln,
      species: line.species,
      presentation: line.presentation,
      kg: line.kg,
      boxes: line.boxes,
      openedAt: Date.now(),
    };
    try {
      const open = auction.open(lot);
      return json({ lot: lot.id, start: startingPrice(open.lot) }, 201);
    } catch (err) {
      return json({ error: (err as Error).message }, 409);
    }
  }
  if (parts[0] === "lots" && parts[1] && parts[2] === "price") {
    const open = auction.get(parts[1]);
    if (!open) return json({ error: "not on the clock" }, 404);
    // the handheld shows the guide for the lot as it stands, with the species in full caps
    return json(startingPrice({ ...open.lot, species: open.lot.species.toUpperCase() }));
  }
  if (parts[0] === "lots" && parts[1] && parts[2] === "bids" && req.method === "POST") {
    const body = await req.json() as { buyer?: string; pricePerKg?: number };
    if (!body.buyer || typeof body.pricePerKg !== "number") return json({ error: "bad bid" }, 400);
    try {
      return json(
        auction.bid(parts[1], { buyer: body.buyer, pricePerKg: body.pricePerKg, at: Date.now() }),
      );
    } catch (err) {
      return json({ error: (err as Error).message }, 409);
    }
  }
  if (parts[0] === "crates" && parts[1] && parts[2] === "weighings") {
    // scanned crate labels; a torn label reads as something that is not a number
    const crate = Number(parts[1]);
    weighings.set(crate, (weighings.get(crate) ?? 0) + 1);
    return json({ crate: Number.isNaN(crate) ? null : crate, weighings: weighings.get(crate) });
  }
  if (url.pathname === "/office") {
    return json({ headers: recentHeaders.slice(0, 10), sold: auction.sold.slice(0, 10) });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`fish landings on :${port}`) },
  handle,
);
