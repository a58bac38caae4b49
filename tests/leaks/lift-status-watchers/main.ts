import { type LiftEvent, LiftWatchers } from "./watchers.ts";
import { deliveries, enqueue } from "./webhooks.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

interface LiftStatus {
  lift: string;
  state: string;
  floor: number | null;
  code: string | null;
  at: string;
}

const lifts = new Map<string, LiftStatus>();
for (const id of ["L-north-1", "L-north-2", "L-south-1", "L-goods"]) {
  lifts.set(id, {
    lift: id,
    state: "in-service",
    floor: 0,
    code: null,
    at: new Date().toISOString(),
  });
}

const watchers = new LiftWatchers();
// the building management system hears about every fault, always
for (const id of lifts.keys()) {
  watchers.watch(id, {
    session: "bms",
    webhook: "https://bms.harbourside.example/hooks/lifts",
    events: ["fault", "trapped", "mode"],
  });
}

const EVENT_OF: Record<string, LiftEvent> = {
  fault: "fault",
  "door-fault": "door",
  "out-of-service": "mode",
  "in-service": "mode",
  trapped: "trapped",
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") {
    return json({ lifts: lifts.size, watchers: watchers.count(), ...deliveries() });
  }
  if (parts[0] !== "lifts" || !parts[1]) return json({ error: "not found" }, 404);
  const status = lifts.get(parts[1]);
  if (!status) return json({ error: "unknown lift" }, 404);

  if (parts.length === 2 && req.method === "GET") return json(status);
  if (parts[2] === "status" && req.method === "POST") {
    const body = await req.json();
    const event = EVENT_OF[body.state];
    if (!event) return json({ error: `unknown state ${body.state}` }, 400);
    status.state = body.state;
    status.floor = body.floor ?? status.floor;
    status.code = body.code ?? null;
    status.at = new Date().toISOString();
    const targets = watchers.for(status.lift, event);
    await Promise.all(targets.map((w) => enqueue(w, { event, ...status })));
    return json({ notified: targets.length });
  }
  if (parts[2] === "watchers" && parts.length === 3 && req.method === "POST") {
    const body = await req.json();
    if (!body.session || !body.webhook) return json({ error: "session and webhook" }, 400);
    const w = watchers.watch(status.lift, body);
    return json({ id: w.id, secret: w.secret }, 201);
  }
  if (parts[2] === "watchers" && parts[4] === "cancel" && req.method === "POST") {
    return json({ cancelled: watchers.unwatch(status.lift, parts[3]) });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SyntaxError) return json({ error: "bad JSON" }, 400);
    return json({ error: String(err) }, 500);
  }
});
console.log(`lift watchers on :${port}`);
