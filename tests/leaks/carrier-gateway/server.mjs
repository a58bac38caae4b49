import http from "node:http";
import { BreakerOpenError } from "./breaker.mjs";
import { carrierBreaker, CarrierError, createLabel, quote } from "./carrier.mjs";
import { LruCache } from "./lru.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3660;

/** Quotes for the same route and weight class change rarely: cache them for ten minutes. */
const quoteCache = new LruCache(64);
const QUOTE_TTL_MS = 10 * 60_000;
const POSTCODE = /^[1-9][0-9]{3}\s?[A-Z]{2}$/;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    throw new CarrierError(400, "body is not JSON");
  }
}

function normalisePostcode(value) {
  const pc = String(value ?? "").toUpperCase().replace(/\s+/g, "");
  if (!POSTCODE.test(pc)) throw new CarrierError(422, `bad postcode ${value}`);
  return pc;
}

async function route(req, res, url) {
  if (url.pathname === "/rates" && req.method === "GET") {
    const from = normalisePostcode(url.searchParams.get("from"));
    const to = normalisePostcode(url.searchParams.get("to"));
    const weightGrams = Number(url.searchParams.get("weightGrams"));
    if (!Number.isFinite(weightGrams) || weightGrams <= 0) {
      throw new CarrierError(422, "weightGrams required");
    }
    const key = `${from}:${to}:${weightGrams}`;
    let rates = quoteCache.get(key);
    const cached = rates !== undefined;
    if (!cached) {
      rates = await quote({ from, to, weightGrams });
      quoteCache.set(key, rates, QUOTE_TTL_MS);
    }
    return send(res, 200, { from, to, weightGrams, cached, rates });
  }

  if (url.pathname === "/labels" && req.method === "POST") {
    const body = await readJson(req);
    const shipment = {
      reference: String(body.reference ?? ""),
      service: String(body.service ?? "standard"),
      from: normalisePostcode(body.from),
      to: normalisePostcode(body.to),
      weightGrams: Number(body.weightGrams),
      recipient: {
        name: String(body.recipient?.name ?? ""),
        street: String(body.recipient?.street ?? ""),
        city: String(body.recipient?.city ?? ""),
      },
    };
    if (!shipment.reference) throw new CarrierError(422, "reference required");
    return send(res, 201, { reference: shipment.reference, ...(await createLabel(shipment)) });
  }

  if (url.pathname === "/internal/carrier") {
    return send(res, 200, { breaker: carrierBreaker.snapshot(), quoteCache: quoteCache.size });
  }
  return send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    const known = err instanceof CarrierError || err instanceof BreakerOpenError;
    if (!known) console.error(err);
    send(res, err.status ?? 500, { error: known ? err.message : "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`carrier-gateway on 127.0.0.1:${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
