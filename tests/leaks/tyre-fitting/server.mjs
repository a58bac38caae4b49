import http from "node:http";
import { accept, createQuote, decline, findQuote, fitted, shopStatus } from "./quotes.mjs";
import { applyPriceFile, SERVICES } from "./tariffs.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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

function validQuote(body) {
  const { id, vehicle, tyres, services, customer } = body;
  if (!/^Q-[\w-]+$/.test(id ?? "") || !vehicle?.plate || !customer?.phone) return false;
  if (!tyres?.brand || !tyres?.model || !tyres?.size || !(tyres.qty >= 1 && tyres.qty <= 4)) {
    return false;
  }
  return Array.isArray(services) && services.every((s) => s in SERVICES);
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/shop") return [200, shopStatus()];
  const body = req.method === "POST" ? await readJson(req) : undefined;
  if (body === null) return [400, { error: "invalid JSON" }];

  if (req.method === "POST" && url.pathname === "/quotes") {
    if (!validQuote(body)) return [422, { error: "id, vehicle, tyres, services and customer" }];
    const result = createQuote(body);
    return result.error ? [result.status, { error: result.error }] : [201, result.quote.view()];
  }

  if (req.method === "POST" && url.pathname === "/tariffs") {
    if (typeof body.brand !== "string" || typeof body.changePct !== "number") {
      return [422, { error: "brand and changePct" }];
    }
    return [200, { changed: applyPriceFile(body.brand, body.changePct, body.file ?? "manual") }];
  }

  const fit = /^\/appointments\/([\w-]+)\/fitted$/.exec(url.pathname);
  if (fit && req.method === "POST") {
    const appointment = fitted(fit[1]);
    return appointment ? [200, appointment] : [404, { error: "no such appointment" }];
  }

  const m = /^\/quotes\/([\w-]+)(?:\/(accept|decline))?$/.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const quote = findQuote(m[1]);
  if (!quote) return [404, { error: "no such open quote" }];
  if (req.method === "GET" && !m[2]) return [200, quote.view()];
  if (req.method !== "POST" || !m[2]) return [405, { error: "method not allowed" }];
  if (m[2] === "accept") {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(body.slot ?? "")) return [422, { error: "slot" }];
    return [200, accept(quote, body.slot)];
  }
  decline(quote, body.reason ?? "");
  return [200, quote.view()];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`tyre fitting quotes on 127.0.0.1:${port}`));
