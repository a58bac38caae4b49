import http from "node:http";
import { exportStats, exportStock } from "./export.mjs";
import { replica } from "./replica.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3090;

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(payload);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || "{}");
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (req.method === "GET" && url.pathname === "/exports/stock.csv") {
      const warehouse = url.searchParams.get("warehouse");
      if (!warehouse) return sendJson(res, 400, { error: "warehouse required" });
      return exportStock(res, warehouse);
    }
    if (req.method === "POST" && url.pathname === "/stock/adjustments") {
      const { warehouse, sku, delta, ref } = await readJson(req);
      const row = replica.update(
        "stock",
        (r) => r.warehouse === warehouse && r.sku === sku,
        { updatedAt: new Date().toISOString() },
      );
      if (!row) return sendJson(res, 404, { error: "unknown sku" });
      row.onHand += Number(delta) || 0;
      return sendJson(res, 200, { sku, warehouse, onHand: row.onHand, ref });
    }
    if (url.pathname === "/healthz") return sendJson(res, 200, { ok: replica.connected });
    if (url.pathname === "/admin/exports") return sendJson(res, 200, exportStats);
    sendJson(res, 404, { error: "not found" });
  } catch (err) {
    sendJson(res, 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`stock exports on 127.0.0.1:${port}`));
