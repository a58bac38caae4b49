import { auditTotal, latest } from "./audit.ts";
import { decide, open, settled, submit, withdraw } from "./workflow.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const LEVELS = new Set(["read", "write", "admin"]);

async function route(req: Request, url: URL): Promise<Response> {
  if (req.method === "POST" && url.pathname === "/access-requests") {
    const body = await req.json();
    if (typeof body.id !== "string" || typeof body.resource !== "string") {
      return Response.json({ error: "id and resource are required" }, { status: 400 });
    }
    if (open.has(body.id) || settled.has(body.id)) {
      return Response.json({ error: `request ${body.id} exists` }, { status: 409 });
    }
    const request = submit({
      id: body.id,
      requester: String(body.requester ?? "unknown"),
      resource: body.resource,
      level: LEVELS.has(body.level) ? body.level : "read",
      reason: String(body.reason ?? ""),
    });
    return Response.json(request, { status: 201 });
  }
  const action = /^\/access-requests\/([\w-]+)\/(decisions|withdraw)$/.exec(url.pathname);
  if (req.method === "POST" && action) {
    if (action[2] === "withdraw") {
      return withdraw(action[1])
        ? Response.json({ id: action[1], withdrawn: true })
        : Response.json({ error: "not pending" }, { status: 409 });
    }
    const body = await req.json();
    const accepted = decide({
      requestId: action[1],
      role: String(body.role),
      by: String(body.by ?? "unknown"),
      verdict: body.verdict === "reject" ? "reject" : "approve",
    });
    if (!accepted) {
      return Response.json({ error: "no step waits on this decision" }, { status: 409 });
    }
    // The workflow moves on in the next microtask; report where it stands then.
    await Promise.resolve();
    const request = open.get(action[1]) ?? settled.get(action[1]);
    return Response.json({ id: action[1], state: request?.state, awaiting: request?.awaiting });
  }
  const one = /^\/access-requests\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && one) {
    const request = open.get(one[1]) ?? settled.get(one[1]);
    return request
      ? Response.json(request)
      : Response.json({ error: "not found" }, { status: 404 });
  }
  if (req.method === "GET" && url.pathname === "/admin/audit") {
    const n = Math.min(Number(url.searchParams.get("n") ?? 20), 128);
    return Response.json({ total: auditTotal(), open: open.size, entries: latest(n) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: (err as Error).message }, { status: 400 });
  }
});
