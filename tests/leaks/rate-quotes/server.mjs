import http from "node:http";
import { createQuote, findQuote } from "./quotes.mjs";
import { rates } from "./rates.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || "{}");
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/rates") return send(res, 200, rates.all());

  if (url.pathname === "/quotes" && req.method === "POST") {
    let body;
    try {
      body = await readJson(req);
    } catch {
      return send(res, 400, { error: "invalid JSON" });
    }
    const from = String(body.from ?? "").toUpperCase();
    const to = String(body.to ?? "").toUpperCase();
    const amount = Number(body.amount);
    if (!rates.supports(from, to)) return send(res, 422, { error: `no rate for ${from}/${to}` });
    if (!(amount > 0)) return send(res, 422, { error: "amount must be positive" });
    return send(res, 201, createQuote({ from, to, amount, customer: body.customer }));
  }

  if (url.pathname.startsWith("/quotes/") && req.method === "GET") {
    const quote = findQuote(url.pathname.slice("/quotes/".length));
    return quote ? send(res, 200, quote) : send(res, 404, { error: "quote expired or unknown" });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`rate quotes listening on 127.0.0.1:${port}`));
