import http from "node:http";
import { engineStats, quote, quoteMany } from "./rating/client.mjs";
import { PALLET_TYPES, SERVICES, ZONES } from "./tariffs.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    throw new HttpError(400, "body must be JSON");
  }
}

function consignmentOf(raw, account) {
  if (!raw?.to?.postcode) throw new HttpError(400, "every consignment needs a delivery postcode");
  if (!Array.isArray(raw.pallets) || raw.pallets.length === 0) {
    throw new HttpError(400, "no pallets");
  }
  return {
    account,
    reference: String(raw.reference ?? ""),
    service: String(raw.service ?? "economy"),
    from: { depot: String(raw.from?.depot ?? "Hub") },
    to: {
      name: String(raw.to.name ?? ""),
      street: String(raw.to.street ?? ""),
      town: String(raw.to.town ?? ""),
      postcode: String(raw.to.postcode),
    },
    pallets: raw.pallets.map((p) => ({ type: String(p.type), kg: Number(p.kg) })),
    tailLift: Boolean(raw.tailLift),
    residential: Boolean(raw.residential),
  };
}

const recentRuns = [];

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { engine: engineStats(), runs: recentRuns.length });
  }
  if (url.pathname === "/tariffs/zones") {
    return send(res, 200, {
      zones: ZONES,
      services: Object.keys(SERVICES),
      pallets: Object.keys(PALLET_TYPES),
    });
  }
  if (url.pathname === "/quotes" && req.method === "POST") {
    const body = await readJson(req);
    const q = await quote(consignmentOf(body, String(body.account ?? "")));
    return send(res, 200, q);
  }
  if (url.pathname === "/quotes/multi-drop" && req.method === "POST") {
    const body = await readJson(req);
    const account = String(body.account ?? "");
    if (!Array.isArray(body.drops) || body.drops.length === 0) throw new HttpError(400, "no drops");
    const quotes = await quoteMany(body.drops.map((d) => consignmentOf(d, account)));
    const total = Math.round(quotes.reduce((s, q) => s + q.total, 0) * 100) / 100;
    recentRuns.unshift({ run: String(body.run ?? ""), drops: quotes.length, total });
    if (recentRuns.length > 20) recentRuns.length = 20;
    return send(res, 200, { run: body.run, drops: quotes, total });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HttpError ? err.status : 422, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`pallet rates on :${port}`));
