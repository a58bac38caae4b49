import { boardView, DOORS, runBoard } from "./board.ts";
import { alerts, scans } from "./events.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8777;

// Outbound doors by destination region; anything else goes to the general door.
const ROUTES: Record<string, string> = { NL: "D05", BE: "D06", DE: "D07" };

runBoard().catch((err) => console.error("board stopped:", err));

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/scans" && req.method === "POST") {
    const b = await req.json();
    if (!b.pallet || !DOORS.includes(b.door)) return json({ error: "pallet and door" }, 422);
    const destination = String(b.destination ?? "");
    scans.push({
      kind: "scan",
      pallet: String(b.pallet),
      door: b.door,
      direction: b.direction === "out" ? "out" : "in",
      destination,
      weightKg: Number(b.weightKg) || 0,
      at: Date.now(),
    });
    const outDoor = ROUTES[destination.slice(0, 2)] ?? "D08";
    return json({ pallet: b.pallet, stageFor: outDoor }, 202);
  }
  if (url.pathname === "/alerts" && req.method === "POST") {
    const b = await req.json();
    if (!DOORS.includes(b.door)) return json({ error: "unknown door" }, 422);
    alerts.push({
      kind: "alert",
      door: b.door,
      code: String(b.code ?? "FAULT"),
      message: String(b.message ?? ""),
      at: Date.now(),
    });
    return json({ door: b.door }, 202);
  }
  if (url.pathname === "/board") return json(boardView());
  if (url.pathname === "/status") return json({ scans: scans.stats(), alerts: alerts.stats() });
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`crossdock-feed on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  return await handle(req, url);
});
