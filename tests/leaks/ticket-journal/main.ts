import { type GateDecision, Journal } from "./journal.ts";
import { ReplicaSink } from "./replica.ts";

const arg = (name: string) =>
  Deno.args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const port = Number(arg("port") ?? 8080);

/** Tonight's event: 50 000 numbered tickets "ADE26-<n>"; admitted ones are flagged here. */
const EVENT = { code: "ADE26", capacity: 50_000, name: "ADE Closing Night" };
const admitted = new Uint8Array(EVENT.capacity);
let admittedCount = 0;

const journal = new Journal(new ReplicaSink(arg("replica")));
const recent: GateDecision[] = [];
let seq = 0;

function decide(ticket: string, gate: string, scanner: string): GateDecision {
  const m = new RegExp(`^${EVENT.code}-(\\d+)$`).exec(ticket);
  const seat = m ? Number(m[1]) : -1;
  let reason: string | undefined;
  if (seat < 0 || seat >= EVENT.capacity) reason = "not a ticket for this event";
  else if (admitted[seat]) reason = "already admitted";
  else {
    admitted[seat] = 1;
    admittedCount += 1;
  }
  return {
    seq: ++seq,
    ticket,
    gate,
    scanner,
    admitted: reason === undefined,
    reason,
    at: new Date().toISOString(),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "POST" && url.pathname === "/scans") {
    const body = await req.json() as { ticket?: string; gate?: string };
    if (!body.ticket) return Response.json({ error: "ticket required" }, { status: 400 });
    const decision = decide(
      body.ticket,
      body.gate ?? "main",
      req.headers.get("x-scanner") ?? "unknown",
    );
    journal.record(decision);
    recent.push(decision);
    if (recent.length > 20) recent.shift();
    return Response.json(decision, { status: decision.admitted ? 200 : 409 });
  }

  if (url.pathname === "/scans/recent") return Response.json(recent);
  if (url.pathname === "/gates/stats") {
    return Response.json({ event: EVENT.name, admitted: admittedCount, journal: journal.stats });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`ticket-journal on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => Response.json({ error: String(error) }, { status: 400 })));
