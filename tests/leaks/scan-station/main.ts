import { Histogram } from "./metrics.ts";
import {
  closePallet,
  openCount,
  palletEvents,
  recentScans,
  recordScan,
  ScanError,
} from "./pallets.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const latency = new Histogram([0.5, 1, 2, 5, 10, 50]);
const PALLET = new URLPattern({
  pathname: "/stations/:station/pallets/:pallet/:action(scan|close)",
});

/** Labels to print are queued and printed one after another by a single worker loop. */
const labelQueue: string[] = [];
let wake: (() => void) | undefined;
let labelsPrinted = 0;

async function labelWorker(): Promise<void> {
  while (true) {
    while (labelQueue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    labelQueue.shift();
    await Promise.resolve(); // the label printer's socket write
    labelsPrinted++;
  }
}
labelWorker();

function enqueueLabel(pallet: string): void {
  labelQueue.push(pallet);
  wake?.();
  wake = undefined;
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/floor") {
    return json({
      open: openCount(),
      recent: recentScans.newest(10),
      latency: latency.snapshot(),
      labels: { queued: labelQueue.length, printed: labelsPrinted },
    });
  }
  const match = PALLET.exec(url);
  if (!match || req.method !== "POST") return json({ error: "not found" }, 404);
  const { station = "", pallet = "", action } = match.pathname.groups;
  if (action === "close") {
    // Wait (briefly) for the dispatcher to acknowledge, as the handheld shows its answer.
    const controller = new AbortController();
    try {
      const acknowledged = new Promise<boolean>((resolve) => {
        palletEvents.addEventListener("closed", () => resolve(true), {
          signal: controller.signal,
          once: true,
        });
      });
      const cartons = closePallet(station, pallet);
      enqueueLabel(pallet);
      return json({ pallet, cartons, acknowledged: await acknowledged });
    } finally {
      controller.abort();
    }
  }
  const body = await req.json().catch(() => null);
  const barcode = String(body?.barcode ?? "");
  return json(recordScan(station, pallet, barcode), 201);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`scan station on http://${hostname}:${port}`),
}, async (req) => {
  const started = performance.now();
  const url = new URL(req.url);
  let response: Response;
  try {
    response = await route(req, url);
  } catch (err) {
    if (err instanceof ScanError) response = json({ error: err.message }, err.status);
    else {
      console.error(err);
      response = json({ error: "internal error" }, 500);
    }
  }
  latency.observe(performance.now() - started);
  return response;
});
