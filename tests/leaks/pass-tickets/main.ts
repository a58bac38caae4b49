import { Hono } from "hono";
import {
  bump,
  collect,
  counts,
  fire,
  type Station,
  STATIONS,
  tickets,
  waitForReady,
} from "./kitchen.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

/** How long an order request waits for the kitchen before answering 202. */
const QUICK_PLATE_MS = 25;

const app = new Hono();

app.get("/healthz", (c) => c.text("ok"));

app.post("/orders", async (c) => {
  const body = await c.req.json().catch(() => null);
  if (!body || typeof body.order !== "string" || !Number.isInteger(body.table)) {
    return c.json({ error: "order id and table number required" }, 400);
  }
  if (!STATIONS.includes(body.station)) return c.json({ error: "unknown station" }, 400);
  if (tickets.has(body.order)) return c.json({ error: "order already fired" }, 409);
  const items = Array.isArray(body.items)
    ? body.items.map((it: { dish?: unknown; qty?: unknown; mods?: unknown }) => ({
      dish: String(it.dish ?? "?"),
      qty: Number(it.qty ?? 1),
      mods: Array.isArray(it.mods) ? it.mods.map(String) : [],
    }))
    : [];
  const ticket = fire(body.order, body.table, body.station as Station, items);
  const ready = await waitForReady(ticket.id, QUICK_PLATE_MS);
  if (ready) return c.json({ ticket: ready.id, status: "ready" }, 201);
  return c.json({ ticket: ticket.id, status: "cooking", poll: `/tickets/${ticket.id}` }, 202);
});

app.get("/tickets/:id", (c) => {
  const ticket = tickets.get(c.req.param("id"));
  return ticket ? c.json(ticket) : c.json({ error: "no such ticket" }, 404);
});

app.post("/tickets/:id/bump", (c) => {
  const ticket = bump(c.req.param("id"));
  return ticket
    ? c.json({ ticket: ticket.id, status: ticket.status })
    : c.json({ error: "no such ticket" }, 404);
});

app.post("/tickets/:id/collect", (c) => {
  const ticket = collect(c.req.param("id"));
  if (!ticket) return c.json({ error: "not waiting at the pass" }, 409);
  return c.json({ ticket: ticket.id, table: ticket.table, waitedMs: Date.now() - ticket.readyAt! });
});

app.get("/pass", (c) => {
  const waiting = [...tickets.values()].filter((t) => t.status === "ready");
  return c.json({ waiting: waiting.map((t) => ({ id: t.id, table: t.table })), counts });
});

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`pass on :${port}`) },
  app.fetch,
);
