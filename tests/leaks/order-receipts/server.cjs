const http = require("node:http");
const { buildReceipt, recent, stats, verifyLink } = require("./receipts.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, type = "application/json") {
  const text = type === "application/json" ? JSON.stringify(body) : body;
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(raw || "{}"));
      } catch {
        resolve(null);
      }
    });
  });
}

const lastLinks = new Map(); // orderId -> token, for the verify endpoint; capped below

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...stats(), links: lastLinks.size });
  if (url.pathname === "/receipts/recent") return send(res, 200, recent());

  if (url.pathname === "/receipts" && req.method === "POST") {
    const order = await readJson(req);
    if (!order || !order.id || !Array.isArray(order.items)) {
      return send(res, 400, { error: "order required" });
    }
    const { receipt, body, token } = buildReceipt(order, {
      kind: url.searchParams.get("kind") ?? "email",
      locale: url.searchParams.get("locale") ?? "en",
    });
    lastLinks.delete(order.id);
    lastLinks.set(order.id, token);
    if (lastLinks.size > 50) lastLinks.delete(lastLinks.keys().next().value);
    return send(res, 201, { ...receipt, preview: body.slice(0, 200) });
  }

  const m = /^\/receipts\/([A-Za-z0-9-]+)\/verify$/.exec(url.pathname);
  if (m) {
    const token = url.searchParams.get("t") ?? lastLinks.get(m[1]);
    const claims = token && verifyLink(m[1], token);
    return send(
      res,
      claims ? 200 : 403,
      claims ? { ok: true, order: claims.order } : { ok: false },
    );
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`order-receipts on 127.0.0.1:${port}`));
