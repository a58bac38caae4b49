import { type Beacon, BeaconOutbox } from "./outbox.ts";
import { startVendor } from "./vendor.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

BeaconOutbox.endpoint = await startVendor();
const flushTimer = setInterval(() => BeaconOutbox.flush(), 250);

const PIXEL = Uint8Array.from(
  atob("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"),
  (c) => c.charCodeAt(0),
);

function toBeacon(raw: Record<string, unknown>, req: Request): Beacon | null {
  if (raw.type !== "pageview" && raw.type !== "event") return null;
  if (typeof raw.page !== "string" || typeof raw.visitor !== "string") return null;
  return {
    type: raw.type,
    page: raw.page.slice(0, 512),
    referrer: typeof raw.referrer === "string" ? raw.referrer.slice(0, 512) : null,
    visitor: raw.visitor.slice(0, 64),
    country: req.headers.get("x-edge-country") ?? "ZZ",
    ua: (req.headers.get("user-agent") ?? "").slice(0, 200),
    at: new Date().toISOString(),
    ...(typeof raw.name === "string" ? { name: raw.name.slice(0, 64) } : {}),
  };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`beacon-outbox on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (url.pathname === "/b" && req.method === "POST") {
    const raw = await req.json().catch(() => null);
    const beacon = raw && typeof raw === "object" ? toBeacon(raw, req) : null;
    if (!beacon) return new Response(null, { status: 400 });
    BeaconOutbox.append(beacon);
    return new Response(null, { status: 202 });
  }

  if (url.pathname === "/b.gif" && req.method === "GET") {
    const beacon = toBeacon({
      type: "pageview",
      page: url.searchParams.get("p"),
      referrer: url.searchParams.get("r"),
      visitor: url.searchParams.get("v"),
    }, req);
    if (beacon) BeaconOutbox.append(beacon);
    return new Response(PIXEL, {
      headers: { "content-type": "image/gif", "cache-control": "no-store" },
    });
  }

  if (url.pathname === "/outbox") {
    return Response.json({
      pending: BeaconOutbox.pendingCount,
      pendingBytes: BeaconOutbox.pending.length,
      ...BeaconOutbox.stats,
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});

Deno.addSignalListener("SIGINT", async () => {
  clearInterval(flushTimer);
  await BeaconOutbox.flush();
  Deno.exit(0);
});
