import http from "node:http";
import { inflight, withContext } from "./context.mjs";
import { confirmPick, createPickList, getPickList } from "./picks.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function handle(req, res) {
  const url = new URL(req.url, "http://picks.local");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/debug/inflight") {
    return send(res, 200, { count: inflight.size });
  }

  // POST /orders/:id/picklist {lines:[{sku,qty}]}
  if (req.method === "POST" && parts[0] === "orders" && parts[2] === "picklist") {
    const body = await readJson(req);
    if (!Array.isArray(body.lines)) return send(res, 400, { error: "lines required" });
    return send(res, 201, await createPickList(parts[1], body.lines));
  }
  if (req.method === "GET" && parts[0] === "orders" && parts[2] === "picklist") {
    const list = getPickList(parts[1]);
    return list ? send(res, 200, list) : send(res, 404, { error: "no pick list" });
  }
  // POST /orders/:id/picks {sku, qty}
  if (req.method === "POST" && parts[0] === "orders" && parts[2] === "picks") {
    const body = await readJson(req);
    const result = await confirmPick(parts[1], String(body.sku), Number(body.qty) || 1);
    return result ? send(res, 200, result) : send(res, 404, { error: "no pick list" });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  if (req.url === "/healthz") return send(res, 200, { ok: true });
  withContext(req, res, () =>
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, { error: String(err.message ?? err) });
    }));
});

server.listen(port, "127.0.0.1", () => {
  console.log(`pick-contexts on http://127.0.0.1:${port}`);
});

process.on("SIGTERM", async () => {
  server.close();
  const deadline = Date.now() + 1000;
  while (inflight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  process.exit(0);
});
