import http from "node:http";
import { alertCount, executePayout } from "./payouts.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function validPayout(body) {
  const { sellerId, iban, amountCents, currency = "EUR", reference } = body ?? {};
  if (typeof sellerId !== "string" || typeof iban !== "string" || typeof reference !== "string") {
    return null;
  }
  if (!Number.isInteger(amountCents) || amountCents <= 0) return null;
  return {
    sellerId,
    iban: iban.replace(/\s+/g, "").toUpperCase(),
    amountCents,
    currency,
    reference,
  };
}

http.createServer(async (req, res) => {
  try {
    if (req.url === "/healthz") return send(res, 200, { ok: true, alerts: alertCount() });
    if (req.url === "/payouts" && req.method === "POST") {
      const payout = validPayout(await readJson(req));
      if (!payout) return send(res, 400, { error: "invalid payout" });
      return send(res, 201, await executePayout(req, payout));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 502, { error: err.message });
  }
}).listen(port, "127.0.0.1", () => console.log(`payout service on 127.0.0.1:${port}`));
