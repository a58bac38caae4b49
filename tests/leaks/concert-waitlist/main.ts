import { customerStats } from "./customers.ts";
import { orderStats, placeOrder, SHOWS } from "./orders.ts";
import { join, nextInLine, waitlistStats } from "./waitlist.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8790;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  const wl = /^\/shows\/([\w-]+)\/waitlist$/.exec(url.pathname);
  if (wl && req.method === "POST") {
    const show = SHOWS.get(wl[1]);
    if (!show) return json({ error: "no such show" }, 404);
    const b = await req.json();
    const email = String(b.email ?? "").trim();
    if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email)) {
      return json({ error: "a valid e-mail address is required" }, 422);
    }
    const position = join(show.id, {
      email,
      name: String(b.name ?? ""),
      seats: Math.max(1, Math.min(6, Number(b.seats) || 1)),
      phone: String(b.phone ?? ""),
      note: String(b.note ?? "").slice(0, 280),
      joinedAt: Date.now(),
      source: {
        userAgent: req.headers.get("user-agent") ?? "",
        referrer: req.headers.get("referer") ?? "",
      },
    });
    return json({ show: show.id, position }, 201);
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const b = await req.json();
    const show = SHOWS.get(String(b.show));
    if (!show) return json({ error: "no such show" }, 404);
    const seats = Math.max(1, Math.min(6, Number(b.seats) || 1));
    return json(await placeOrder(show, String(b.email ?? ""), seats), 201);
  }
  const one = /^\/shows\/([\w-]+)$/.exec(url.pathname);
  if (one) {
    const show = SHOWS.get(one[1]);
    if (!show) return json({ error: "no such show" }, 404);
    return json({ ...show, nextOffers: nextInLine(show.id, 4).map((e) => e.name) });
  }
  if (url.pathname === "/status") {
    return json({ orders: orderStats(), customers: customerStats(), waitlists: waitlistStats() });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`concert-waitlist on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
