import { earn, getMember, LoyaltyError, redeem } from "./loyalty.ts";
import { outboxStats, startRelay } from "./outbox.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8750;

// Without a CRM endpoint configured the relay posts to the built-in sandbox, which answers
// like the partner's API does (202/204 with no body).
const CRM_EVENTS_URL = `http://127.0.0.1:${port}/sandbox/crm/v2/events`;
const sandbox = { received: 0, lastTopic: "" };

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") throw new LoyaltyError(400, "expected a JSON object");
  return body as Record<string, unknown>;
}

async function route(req: Request, url: URL): Promise<Response> {
  let m = /^\/members\/([\w-]+)\/earn$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const body = await readJson(req);
    const result = earn(
      m[1],
      String(body.orderRef ?? ""),
      Number(body.amountCents),
      String(body.store ?? "web"),
    );
    return Response.json(result, { status: 201 });
  }

  m = /^\/members\/([\w-]+)\/redeem$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const body = await readJson(req);
    return Response.json(redeem(m[1], String(body.reward ?? ""), Number(body.cost)));
  }

  m = /^\/members\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const { id, name, tier, balance } = getMember(m[1]);
    return Response.json({ id, name, tier, balance });
  }

  if (url.pathname === "/sandbox/crm/v2/events" && req.method === "POST") {
    const event = await readJson(req);
    sandbox.received++;
    sandbox.lastTopic = String(event.topic);
    return new Response(null, { status: 204 });
  }

  if (url.pathname === "/internal/outbox") {
    return Response.json({ ...outboxStats(), sandbox });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`points-relay on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof LoyaltyError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});

startRelay(CRM_EVENTS_URL);
