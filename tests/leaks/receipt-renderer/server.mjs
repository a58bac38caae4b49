import http from "node:http";
import { renderQueue } from "./queue.mjs";
import { resultFor, runWorker } from "./render.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function validReceipt(body) {
  return typeof body.order === "string" && typeof body.customer === "string" &&
    Array.isArray(body.lines) &&
    body.lines.every((l) =>
      typeof l.description === "string" && Number.isInteger(l.qty) &&
      Number.isInteger(l.unitCents)
    );
}

runWorker();

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") {
    return send(res, 200, { ok: true, pending: renderQueue.pending });
  }

  if (url.pathname === "/receipts" && req.method === "POST") {
    const body = await readJson(req).catch(() => null);
    if (!body || !validReceipt(body)) return send(res, 400, { error: "invalid receipt" });
    const id = renderQueue.push("receipt", { currency: "EUR", ...body });
    return send(res, 202, { id, status: `/receipts/${id}` });
  }

  const m = /^\/receipts\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const result = resultFor(m[1]);
    return result ? send(res, 200, result) : send(res, 404, { error: "not rendered (yet)" });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`receipts listening on 127.0.0.1:${port}`));
