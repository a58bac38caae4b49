import {
  type BankLine,
  findInvoice,
  issueInvoice,
  LedgerError,
  reconcile,
  summary,
} from "./ledger.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new LedgerError(400, "invalid JSON body");
  }
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });

  if (pathname === "/invoices" && req.method === "POST") {
    const inv = issueInvoice(await body(req));
    return json(201, { number: inv.number, openCents: inv.openCents });
  }
  const m = /^\/invoices\/([\w-]+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const inv = findInvoice(m[1]);
    return inv ? json(200, inv) : json(404, { error: "no such invoice" });
  }
  // POST /bank-lines {lines: [...]} — a statement page from the bank feed, reconciled at once
  if (pathname === "/bank-lines" && req.method === "POST") {
    const { lines } = await body<{ lines?: BankLine[] }>(req);
    if (!Array.isArray(lines)) throw new LedgerError(400, "lines must be an array");
    return json(200, reconcile(lines));
  }
  if (pathname === "/reconciliation/summary" && req.method === "GET") {
    return json(200, summary());
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof LedgerError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
