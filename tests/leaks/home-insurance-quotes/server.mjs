import http from "node:http";
import { cacheStats, quote, underwritingInbox } from "./quotes.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const PROPERTY_TYPES = new Set(["detached", "semi-detached", "terraced", "apartment"]);

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function parseRisk(body) {
  const risk = {
    postcode: String(body.postcode ?? "").replace(/\s+/g, "").toUpperCase(),
    houseNumber: String(body.houseNumber ?? ""),
    propertyType: body.propertyType,
    roof: body.roof ?? "tiled",
    rebuildValue: Number(body.rebuildValue),
    contentsValue: Number(body.contentsValue ?? 0),
    claimsLast5y: Number(body.claimsLast5y ?? 0),
    accidentalDamage: Boolean(body.accidentalDamage),
  };
  if (!/^\d{4}[A-Z]{2}$/.test(risk.postcode) || !risk.houseNumber) return null;
  if (!PROPERTY_TYPES.has(risk.propertyType) || !(risk.rebuildValue > 0)) return null;
  return risk;
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/underwriting/inbox") {
    return [200, underwritingInbox()];
  }
  if (req.method === "GET" && url.pathname === "/stats") return [200, cacheStats()];
  if (req.method === "POST" && url.pathname === "/quotes") {
    const body = await readJson(req);
    if (body === null) return [400, { error: "invalid JSON" }];
    const risk = parseRisk(body);
    if (!risk) return [422, { error: "postcode, houseNumber, propertyType and rebuildValue" }];
    return [200, quote(risk, req.headers["x-channel"] ?? "direct")];
  }
  return [404, { error: "not found" }];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`home insurance quotes on 127.0.0.1:${port}`));
