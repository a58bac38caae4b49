import {
  complete,
  draft,
  getLease,
  LeaseError,
  type Party,
  sign,
  stats,
  waitForChange,
} from "./leases.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const PARTIES = new Set(["tenant", "guarantor", "landlord"]);

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [root, id, action, arg] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, stats());
  if (url.pathname === "/leases" && req.method === "POST") {
    const body = await req.json().catch(() => {
      throw new LeaseError(400, "bad JSON");
    });
    return json(201, draft(body));
  }
  if (root === "leases" && id) {
    if (!action && req.method === "GET") return json(200, getLease(id));
    // GET /leases/:id/changes?wait=150
    if (action === "changes" && req.method === "GET") {
      const wait = Math.min(Number(url.searchParams.get("wait") ?? 200), 250);
      const result = await waitForChange(id, wait);
      return json(result.changed ? 200 : 202, result);
    }
    // POST /leases/:id/signatures/:party
    if (action === "signatures" && arg && req.method === "POST") {
      if (!PARTIES.has(arg)) throw new LeaseError(400, `unknown party ${arg}`);
      return json(201, sign(id, arg as Party));
    }
    if (action === "complete" && req.method === "POST") return json(200, complete(id));
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`lease signing on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      err instanceof LeaseError
        ? json(err.status, { error: err.message })
        : json(500, { error: String(err) })
    ),
);
