import { ledger, openInvoice, pay, reminderFor } from "./reminders.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/ledger") return json(ledger());

  if (url.pathname === "/invoices" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body) return json({ error: "JSON body required" }, 400);
    const r = openInvoice(body);
    return typeof r === "string" ? json({ error: r }, 400) : json({ id: r.id }, 201);
  }
  const m = /^\/invoices\/([\w-]{1,40})\/(reminder|pay)$/.exec(url.pathname);
  if (m && m[2] === "reminder" && req.method === "GET") {
    const text = reminderFor(m[1]);
    return text === undefined ? json({ error: "no open invoice" }, 404) : json({ text });
  }
  if (m && m[2] === "pay" && req.method === "POST") {
    const text = pay(m[1]);
    return text === undefined ? json({ error: "no open invoice" }, 404) : json({ receipt: text });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`payment-reminders on ${port}`) },
  handle,
);
