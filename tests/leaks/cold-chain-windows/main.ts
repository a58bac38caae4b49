import { TumblingWindows } from "./windows.ts";
import type { Sample, ShipmentMeta } from "./windows.ts";
import { excursionBoard, record, reportsFor } from "./reports.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

/** Storage ranges by product (°C). */
const RANGES: Record<string, [number, number]> = {
  "vaccine-2-8": [2, 8],
  "insulin-2-8": [2, 8],
  "plasma-frozen": [-40, -25],
};

const windows = new TumblingWindows({ sizeMs: 60_000, idleMs: 250, sweepMs: 200 }, record);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

interface Upload {
  shipment?: string;
  product?: string;
  readings?: { ts: string; c: number }[];
}

async function upload(logger: string, req: Request): Promise<Response> {
  let body: Upload;
  try {
    body = await req.json();
  } catch {
    return json({ error: "bad JSON" }, 400);
  }
  const range = RANGES[body.product ?? ""];
  if (!range) return json({ error: `unknown product class ${body.product}` }, 400);
  if (!body.shipment || !Array.isArray(body.readings)) {
    return json({ error: "shipment and readings are required" }, 400);
  }
  const samples: Sample[] = [];
  for (const r of body.readings) {
    const ts = Date.parse(r.ts);
    if (Number.isNaN(ts) || typeof r.c !== "number") {
      return json({ error: `bad reading ${JSON.stringify(r)}` }, 400);
    }
    samples.push({ ts, c: r.c });
  }
  const meta: ShipmentMeta = {
    shipment: body.shipment,
    product: body.product!,
    minC: range[0],
    maxC: range[1],
  };
  return json({ logger, ...windows.add(logger, meta, samples) }, 202);
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/excursions") return json(excursionBoard());
  if (url.pathname === "/stats") return json({ openWindows: windows.open });
  // /loggers/:id/readings (POST) and /loggers/:id/windows (GET)
  if (parts[0] === "loggers" && parts[1]) {
    if (parts[2] === "readings" && req.method === "POST") return await upload(parts[1], req);
    if (parts[2] === "windows") {
      return json({ open: windows.current(parts[1]), closed: reportsFor(parts[1]) });
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`cold chain windows on :${port}`),
}, handle);
