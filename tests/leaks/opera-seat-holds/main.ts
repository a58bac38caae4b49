import { HoldBook, HoldError, type HoldRequest } from "./holds.ts";
import { performances } from "./performances.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const holds = new HoldBook();

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });

  if (parts[0] === "performances" && parts[1] && req.method === "GET") {
    const p = performances.get(parts[1]);
    if (!p) return json({ error: "no such performance" }, 404);
    return json({ ...p, held: holds.heldFor(p.id) });
  }

  if (url.pathname === "/holds" && req.method === "POST") {
    const body = await req.json() as HoldRequest;
    if (!body.basket || !body.customer?.email) {
      return json({ error: "basket and customer email required" }, 400);
    }
    return json(holds.place(body), 201);
  }

  if (parts[0] === "holds" && parts[1] && parts.length === 2 && req.method === "PATCH") {
    const body = await req.json() as { extend?: boolean };
    if (!body.extend) return json({ error: "nothing to change" }, 400);
    return json(holds.extend(parts[1]));
  }

  if (parts[0] === "holds" && parts[1] && parts[2] === "confirm" && req.method === "POST") {
    const body = await req.json() as { paymentRef?: string };
    if (!body.paymentRef) return json({ error: "paymentRef required" }, 400);
    return json(await holds.confirm(parts[1], body.paymentRef));
  }

  if (url.pathname === "/stats") {
    return json({ lapsed: holds.lapsed, confirmed: holds.confirmed });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) =>
    handle(req).catch((err) => {
      const status = err instanceof HoldError ? err.status : 500;
      return json({ error: (err as Error).message }, status);
    }),
);
console.log(`opera seat holds on :${port}`);
