import {
  carrierPolicy,
  type CarrierRate,
  carrierRetry,
  carriers,
  CarrierUnavailable,
  type Lane,
} from "./carriers.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

async function quote(lane: Lane, requestId: string) {
  const trace = { requestId, lane, retried: 0, busyCarriers: new Set<string>() };
  // Note this request's carrier retries for the x-carrier-retries header and the log line.
  carrierRetry.onRetry((event) => {
    trace.retried++;
    if ("error" in event && event.error instanceof CarrierUnavailable) {
      trace.busyCarriers.add(event.error.carrier);
    }
  });

  const settled = await Promise.allSettled(
    carriers.map((c) => carrierPolicy.execute(() => c.rate(lane))),
  );
  const rates = settled
    .filter((s): s is PromiseFulfilledResult<CarrierRate> => s.status === "fulfilled")
    .map((s) => s.value)
    .sort((a, b) => a.priceCents - b.priceCents);
  const failed = settled.length - rates.length;
  if (failed) console.log(`${requestId} ${lane.from}->${lane.to}: ${failed} carriers failed`);
  return { rates, failed, trace };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname !== "/quotes" || req.method !== "GET") {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const from = (url.searchParams.get("from") ?? "").toUpperCase();
  const to = (url.searchParams.get("to") ?? "").toUpperCase();
  const kg = Number(url.searchParams.get("kg"));
  if (!/^[A-Z]{2}$/.test(from) || !/^[A-Z]{2}$/.test(to) || !(kg > 0 && kg <= 1000)) {
    return Response.json({ error: "from, to (country codes) and kg required" }, { status: 400 });
  }
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const { rates, failed, trace } = await quote({ from, to, kg }, requestId);
  return Response.json({ from, to, kg, rates, failed }, {
    status: rates.length ? 200 : 503,
    headers: {
      "x-carrier-retries": `${trace.retried} (${[...trace.busyCarriers].join(",")})`,
      "x-request-id": requestId,
    },
  });
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`carrier-quotes on ${port}`) },
  handle,
);
