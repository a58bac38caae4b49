import type { DisputeEvent } from "./acquirer_events.ts";
import { DisputeDesk, DisputeError, type Evidence } from "./disputes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const desk = new DisputeDesk();
const seenEvents = new Set<string>();
const seenOrder: string[] = [];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** Webhooks are delivered at least once; the last 200 event ids are enough to spot a resend. */
function firstDelivery(id: string) {
  if (seenEvents.has(id)) return false;
  seenEvents.add(id);
  seenOrder.push(id);
  if (seenOrder.length > 200) seenEvents.delete(seenOrder.shift()!);
  return true;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/webhooks/acquirer" && req.method === "POST") {
    const evt = await req.json() as DisputeEvent;
    if (!firstDelivery(evt.id)) return json({ duplicate: true });
    switch (evt.type) {
      case "dispute.opened":
        desk.opened(evt.dispute);
        break;
      case "dispute.closed":
        desk.closed(evt.dispute);
        break;
      default:
        break;
    }
    return json({ received: true });
  }

  if (parts[0] === "disputes" && parts[1]) {
    const id = Number(parts[1]);
    if (!Number.isInteger(id)) return json({ error: "bad dispute id" }, 400);
    const user = req.headers.get("x-user") ?? "unknown";
    if (!parts[2] && req.method === "GET") return json(desk.get(id));
    if (parts[2] === "evidence" && req.method === "POST") {
      const body = await req.json() as { kind: Evidence["kind"]; text: string };
      const d = desk.addEvidence(id, {
        kind: body.kind,
        text: body.text,
        addedBy: user,
        at: new Date().toISOString(),
      });
      return json({ id: d.id, evidence: d.evidence.length }, 201);
    }
    if (parts[2] === "submit" && req.method === "POST") {
      const d = desk.submit(id);
      return json({ id: d.id, status: d.status });
    }
    if (parts[2] === "accept" && req.method === "POST") return json(desk.accept(id));
  }

  if (url.pathname === "/disputes") return json(desk.summary());
  if (url.pathname === "/outcomes") {
    return json(desk.outcomes(Number(url.searchParams.get("limit") ?? 10)));
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) =>
    handle(req).catch((err) => {
      const status = err instanceof DisputeError ? err.status : 500;
      return json({ error: (err as Error).message }, status);
    }),
);
console.log(`dispute desk on :${port}`);
