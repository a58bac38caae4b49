import { Fleet } from "./fleet.ts";
import { Gateway } from "./gateway.ts";
import { Dispatcher, type Instruction } from "./dispatcher.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const fleet = new Fleet({
  A: [
    { model: "SMA Sunny Central 2500-EV", ratedKw: 2500 },
    { model: "SMA Sunny Central 2500-EV", ratedKw: 2500 },
    { model: "SMA Sunny Central 2200", ratedKw: 2200 },
    { model: "SMA Sunny Central 2200", ratedKw: 2200 },
  ],
  B: [
    { model: "Huawei SUN2000-215KTL", ratedKw: 215 },
    { model: "Huawei SUN2000-215KTL", ratedKw: 215 },
    { model: "Huawei SUN2000-215KTL", ratedKw: 215 },
    { model: "Huawei SUN2000-185KTL", ratedKw: 185 },
  ],
});
const gateway = new Gateway();
const dispatcher = new Dispatcher(fleet, gateway);

function parseInstruction(body: Record<string, unknown>): Instruction | string {
  if (typeof body.instructionId !== "string") return "instructionId required";
  if (typeof body.block !== "string") return "block required";
  if (typeof body.capKw !== "number" || body.capKw < 0) return "capKw must be a number >= 0";
  return {
    instructionId: body.instructionId,
    operator: String(body.operator ?? "TenneT"),
    block: body.block,
    capKw: body.capKw,
    reason: String(body.reason ?? ""),
    validFrom: String(body.validFrom ?? new Date().toISOString()),
    validTo: String(body.validTo ?? ""),
    receivedAt: Date.now(),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/curtailments" && req.method === "POST") {
    const instruction = parseInstruction(await req.json());
    if (typeof instruction === "string") {
      return Response.json({ error: instruction }, { status: 400 });
    }
    try {
      const plan = await dispatcher.apply(instruction);
      return Response.json({ accepted: instruction.instructionId, plan }, { status: 202 });
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 404 });
    }
  }
  if (url.pathname === "/inverters") return Response.json(fleet.status());
  if (url.pathname === "/stats") {
    return Response.json({
      acks: dispatcher.acks,
      unacked: dispatcher.unacked,
      rerouted: dispatcher.rerouted,
      writes: gateway.writes,
      timeouts: gateway.timeouts,
      drops: fleet.drops,
      reconnects: fleet.reconnects,
      recent: dispatcher.recent.slice(0, 5),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`solar curtailment on :${port}`) },
  handle,
);
