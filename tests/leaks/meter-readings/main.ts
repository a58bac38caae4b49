import pRetry from "p-retry";
import { SimpleIntervalJob, Task, ToadScheduler } from "toad-scheduler";
import { type MeterRollup, ReadingRing, rollup } from "./readings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const ring = new ReadingRing();
let latestRollup: { at: string; meters: MeterRollup[] } = { at: "", meters: [] };

/** The grid operator's endpoint, in-process: every third delivery fails once. */
const upstream = {
  deliveries: 0,
  recent: [] as { at: string; meters: number }[],
  async deliver(batch: { at: string; meters: MeterRollup[] }) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (++this.deliveries % 3 === 0) throw new Error("upstream 503");
    this.recent.push({ at: batch.at, meters: batch.meters.length });
    if (this.recent.length > 10) this.recent.shift();
  },
};

const scheduler = new ToadScheduler();
scheduler.addSimpleIntervalJob(
  new SimpleIntervalJob(
    { milliseconds: 250 },
    new Task("rollup-and-forward", () => {
      const batch = { at: new Date().toISOString(), meters: [...rollup(ring).values()] };
      latestRollup = batch;
      pRetry(() => upstream.deliver(batch), { retries: 3, minTimeout: 5, factor: 2 })
        .catch((e) => console.error("forwarding failed:", e.message));
    }),
    { id: "rollup", preventOverrun: true },
  ),
);

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/rollup") {
    return Response.json({
      at: latestRollup.at,
      meters: latestRollup.meters.length,
      written: ring.written,
      forwarded: upstream.recent.length,
    });
  }
  const m = /^\/meters\/([\w-]{2,40})\/(readings|latest)$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  if (m[2] === "latest") {
    const r = ring.latest(m[1]);
    return r ? Response.json(r) : Response.json({ error: "no recent reading" }, { status: 404 });
  }
  if (req.method !== "POST") return Response.json({ error: "use POST" }, { status: 405 });
  const body = await req.json().catch(() => null);
  try {
    const size = ring.append({
      meterId: m[1],
      atMs: Number(body?.atMs ?? Date.now()),
      kwh: Number(body?.kwh),
      voltage: Number(body?.voltage),
      phaseAmps: Array.isArray(body?.phaseAmps) ? body.phaseAmps.map(Number).slice(0, 3) : [],
    });
    return Response.json({ stored: size }, { status: 201 });
  } catch (e) {
    return Response.json({ error: (e as Error).message }, { status: 422 });
  }
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`meter-readings on ${port}`) },
  handle,
);
