import { freeHooks, isDesk } from "./hooks.ts";
import { card, memberStats } from "./members.ts";
import { collect, handIn, ticketStats } from "./tickets.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8799;
const FEE_PER_ITEM_CENTS = 100;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/coats" && req.method === "POST") {
    const b = await req.json();
    const desk = String(b.desk);
    if (!isDesk(desk)) return json({ error: "no such desk" }, 404);
    const items = (Array.isArray(b.items) ? b.items : []).map(String).slice(0, 4);
    const member = b.card ? await card(String(b.card)) : undefined;
    const fee = member?.valid ? 0 : items.length * FEE_PER_ITEM_CENTS;
    const r = handIn(String(b.ticket), desk, items, fee);
    if (r.error) return json({ error: r.error }, 409);
    return json({ ticket: r.ticket!.number, hook: r.ticket!.hook, feeCents: fee }, 201);
  }
  const out = /^\/coats\/([\w-]+)\/collect$/.exec(url.pathname);
  if (out && req.method === "POST") {
    const ticket = collect(out[1]);
    return ticket
      ? json({ ticket: ticket.number, hook: ticket.hook, items: ticket.items })
      : json({ error: "unknown ticket" }, 404);
  }
  const desk = /^\/desks\/(\w+)$/.exec(url.pathname);
  if (desk) return isDesk(desk[1]) ? json(freeHooks(desk[1])) : json({ error: "none" }, 404);
  if (url.pathname === "/status") return json({ tickets: ticketStats(), members: memberStats() });
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`museum-cloakroom on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
