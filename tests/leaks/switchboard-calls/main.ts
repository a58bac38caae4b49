import {
  callOf,
  hangUp,
  incoming,
  recentWrapUps,
  SwitchboardError,
  wallboard,
} from "./switchboard.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function readBody(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    throw new SwitchboardError(400, "body is not JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [first, sid, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/wallboard") return json(wallboard());
  if (url.pathname === "/wrapups") return json(recentWrapUps());

  if (first === "calls" && !sid && req.method === "POST") {
    // webhook from the telephony provider when a call reaches a queue
    const b = await readBody(req);
    const call = incoming({
      sid: String(b.sid ?? ""),
      from: String(b.from ?? "withheld"),
      queue: String(b.queue ?? ""),
      ivr: Array.isArray(b.ivr) ? b.ivr.map(String) : [],
      account: b.account ? String(b.account) : null,
    });
    return json({ sid: call.sid, queue: call.queue }, 201);
  }
  if (first === "calls" && sid && !action && req.method === "PATCH") {
    const b = await readBody(req);
    const call = callOf(sid);
    if (b.status === "answered") call.answer(String(b.agent ?? ""));
    else if (b.status === "held") call.hold();
    else throw new SwitchboardError(422, `cannot set status ${b.status}`);
    return json({ sid, status: call.status, agent: call.agent });
  }
  if (first === "calls" && sid && action === "end" && req.method === "POST") {
    const b = await readBody(req);
    return json(hangUp(sid, String(b.outcome ?? "unknown"), String(b.notes ?? "")));
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`switchboard on :${port}`) },
  (req) =>
    handle(req).catch((err) => {
      const status = err instanceof SwitchboardError ? err.status : 500;
      return json({ error: (err as Error).message }, status);
    }),
);
