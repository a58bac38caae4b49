import { KioskSession, type Line, shutdown } from "./session.ts";
import { findReceipt, keepReceipt, receiptCount } from "./receipts.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8600;

const PRODUCTS: Record<string, { name: string; cents: number }> = {
  "8710398500014": { name: "Oat milk 1l", cents: 219 },
  "8711327365008": { name: "Rye bread", cents: 289 },
  "5410041001204": { name: "Dark chocolate", cents: 175 },
  "8715700421360": { name: "Coffee beans 500g", cents: 899 },
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function bodyOf(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    return {};
  }
}

const server = Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/operator") {
    return json(200, { live: KioskSession.live.size, receipts: receiptCount() });
  }
  const r = /^\/receipts\/(\d+)$/.exec(url.pathname);
  if (r) {
    const receipt = findReceipt(Number(r[1]));
    return receipt ? json(200, receipt) : json(404, { error: "receipt not kept" });
  }

  const m = /^\/kiosks\/([\w-]+)\/(start|scan|checkout|cancel)$/.exec(url.pathname);
  if (!m || req.method !== "POST") return json(404, { error: "not found" });
  const [, kiosk, action] = m;
  const body = await bodyOf(req);

  if (action === "start") {
    const session = KioskSession.start(kiosk, body.loyaltyId as string | undefined);
    return json(201, { kiosk, startedAt: session.startedAt });
  }
  const session = KioskSession.of(kiosk);
  if (!session) return json(409, { error: "no session on this kiosk" });

  if (action === "scan") {
    const product = PRODUCTS[String(body.barcode)];
    if (!product) return json(404, { error: "unknown barcode" });
    const line: Line = { barcode: String(body.barcode), ...product };
    session.scan(line);
    return json(200, { line, totalCents: session.total() });
  }
  if (action === "cancel") {
    session.end("cancelled");
    return json(200, { cancelled: true });
  }
  session.end("paid");
  const receipt = keepReceipt({
    kiosk,
    lines: session.lines.length,
    totalCents: session.total(),
    loyaltyId: session.loyaltyId,
    at: new Date().toISOString(),
  });
  return json(200, receipt);
});

Deno.addSignalListener("SIGTERM", () => {
  // Open sessions end (their kiosks show "closed"), then the process goes.
  shutdown.abort();
  server.shutdown().finally(() => Deno.exit(0));
  setTimeout(() => Deno.exit(0), 2000);
});
