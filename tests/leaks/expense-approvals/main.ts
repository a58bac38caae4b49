import { ApprovalError, claimView, decide, inbox, stats, submit } from "./approvals.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApprovalError(400, "bad JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, stats());
  if (url.pathname === "/claims" && req.method === "POST") {
    return json(201, submit(await body(req)));
  }
  if (parts[0] === "claims" && parts[1] && parts.length === 2 && req.method === "GET") {
    return json(200, claimView(parts[1]));
  }
  // POST /claims/:id/decision {by, approve, comment}
  if (parts[0] === "claims" && parts[2] === "decision" && req.method === "POST") {
    const b = await body(req);
    return json(
      200,
      decide(parts[1], String(b.by ?? ""), b.approve === true, String(b.comment ?? "")),
    );
  }
  if (parts[0] === "inbox" && parts[1]) {
    return json(
      200,
      inbox.for(parts[1]).map((t) => ({ id: t.id, claim: t.claim.id, amount: t.claim.amount })),
    );
  }
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`expense approvals on :${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ApprovalError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
