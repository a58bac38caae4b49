import { slotBoard } from "./slots.ts";
import { bookTickets, cancelTickets, SoldOutError, type TicketOrder } from "./tickets.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  try {
    if (url.pathname === "/healthz") return json({ ok: true });
    if (url.pathname === "/bookings" && req.method === "POST") {
      const order = await req.json() as TicketOrder;
      return json(await bookTickets(order), 201);
    }
    if (url.pathname === "/bookings/cancel" && req.method === "POST") {
      const { slot, seats } = await req.json() as { slot: string; seats: number };
      const updated = cancelTickets(slot, seats);
      return updated
        ? json({ slot: updated.id, sold: updated.sold })
        : json({ error: "cannot cancel" }, 409);
    }
    const m = /^\/exhibitions\/(\w+)\/slots$/.exec(url.pathname);
    if (m && req.method === "GET") {
      const slots = [...slotBoard.slots.values()].filter((s) => s.exhibition === m[1]);
      return json({ slots, recent: slotBoard.activity.get(m[1]) ?? [] });
    }
    return json({ error: "not found" }, 404);
  } catch (err) {
    if (err instanceof SoldOutError) return json({ error: err.message }, 409);
    if (err instanceof SyntaxError) return json({ error: "malformed JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
