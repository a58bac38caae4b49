import type { AppContext } from "./context.ts";
import { priceStay, type QuoteRequest, RatesChangedError } from "./quotes.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const RATE_ROUTE = new URLPattern({ pathname: "/rates/:hotel/:room" });

function validQuote(body: Partial<QuoteRequest>): body is QuoteRequest {
  return typeof body.hotel === "string" && typeof body.room === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(body.checkIn ?? "") && Number.isInteger(body.nights) &&
    (body.nights ?? 0) > 0 && (body.nights ?? 0) <= 30 && Number.isInteger(body.guests);
}

export async function handle(req: Request, ctx: AppContext): Promise<Response> {
  const url = new URL(req.url);
  try {
    if (url.pathname === "/healthz") return json({ ok: true, revision: ctx.rateCard.revision });

    if (url.pathname === "/quotes" && req.method === "POST") {
      const body = await req.json() as Partial<QuoteRequest>;
      if (!validQuote(body)) return json({ error: "invalid quote request" }, 400);
      const quote = await priceStay(ctx, body);
      return json(quote, 201);
    }

    const rate = RATE_ROUTE.exec(url);
    if (rate) {
      const { hotel = "", room = "" } = rate.pathname.groups;
      if (req.method === "GET") {
        const current = ctx.rateCard.get(hotel, room);
        return current ? json(current) : json({ error: "no such rate" }, 404);
      }
      if (req.method === "PATCH") {
        const change = await req.json();
        const updated = ctx.rateCard.update(hotel, room, change);
        return updated
          ? json({ ...updated, revision: ctx.rateCard.revision })
          : json({ error: "no such rate" }, 404);
      }
    }
    return json({ error: "not found" }, 404);
  } catch (err) {
    if (err instanceof RatesChangedError) {
      return json({ error: err.message, quote: err.quoteId }, 409);
    }
    if (err instanceof SyntaxError) return json({ error: "malformed JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
