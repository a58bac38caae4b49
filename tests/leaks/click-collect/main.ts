import { advance, find, OrderError, place, type Status, storeBoard } from "./orders.ts";
import { nextChange } from "./changes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function view(id: string) {
  const o = find(id);
  if (!o) throw new OrderError(404, `no order ${id}`);
  return {
    id: o.id,
    store: o.store,
    status: o.status,
    version: o.version,
    slot: o.slot,
    bay: o.bay ?? null,
    items: o.lines.reduce((n, l) => n + l.qty, 0),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [first, second, third] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (first === "orders" && !second && req.method === "POST") {
    const order = place(await req.json());
    return json(view(order.id), 201);
  }
  if (first === "orders" && second && !third && req.method === "GET") return json(view(second));
  if (first === "orders" && second && !third && req.method === "PATCH") {
    const body = await req.json();
    advance(second, body.status as Status, String(body.by ?? "store"));
    return json(view(second));
  }
  if (first === "orders" && third === "collect" && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    advance(second, "collected", String(body.by ?? "bay"));
    return json(view(second));
  }
  if (first === "orders" && third === "changes" && req.method === "GET") {
    const current = view(second);
    const since = Number(url.searchParams.get("since") ?? current.version);
    if (current.version > since) return json(current);
    const change = await nextChange(second, since);
    return change ? json(view(second)) : new Response(null, { status: 204 });
  }
  if (first === "stores" && third === "board" && req.method === "GET") {
    return json(storeBoard(second));
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`click & collect on :${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof OrderError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "body is not JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
});
