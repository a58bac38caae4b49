import http from "node:http";
import { DeclarationError, declarationStats, lodge } from "./declarations.mjs";
import { isWellFormed, lookupEori, lookupStats, normaliseEori } from "./lookup.mjs";
import { registryCalls, RegistryError } from "./registry.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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
    throw new DeclarationError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, {
      ...declarationStats(),
      ...lookupStats(),
      registryCalls: registryCalls(),
    });
  }
  if (url.pathname === "/declarations" && req.method === "POST") {
    return send(res, 201, await lodge(await readJson(req)));
  }
  if (parts[0] === "eori" && parts[1] && req.method === "GET") {
    const number = normaliseEori(decodeURIComponent(parts[1]));
    if (!isWellFormed(number)) return send(res, 400, { error: "malformed EORI number" });
    try {
      const trader = await lookupEori(number);
      return send(res, 200, { eori: trader.eori, name: trader.name, country: trader.country });
    } catch (err) {
      if (err instanceof RegistryError) return send(res, 404, { eori: number, valid: false });
      throw err;
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof DeclarationError) {
      send(res, err.status, { error: err.message, details: err.details });
    } else {
      send(res, 500, { error: String(err) });
    }
  });
}).listen(port, "127.0.0.1", () => console.log(`eori lookups on :${port}`));
