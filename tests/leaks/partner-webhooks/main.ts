import { deliver } from "./outbound.ts";
import { subscribersOf } from "./subscriptions.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const counters = { events: 0, deliveries: 0, failures: 0 };

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`partner webhooks listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, ...counters });

  if (url.pathname === "/events" && req.method === "POST") {
    const event = await req.json().catch(() => null) as
      | { type?: string; id?: string; data?: unknown }
      | null;
    if (!event?.type || !event.id) {
      return Response.json({ error: "type and id required" }, { status: 400 });
    }
    counters.events++;
    const results = [];
    for (const sub of subscribersOf(event.type)) {
      const result = await deliver(sub, { id: event.id, event: event.type, payload: event.data });
      counters.deliveries++;
      if (result.status >= 400) counters.failures++;
      results.push(result);
    }
    return Response.json({ id: event.id, results }, { status: 202 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
