import http from "node:http";
import { RequestTiming } from "./timing.mjs";
import { parseOrder, renderReceipt } from "./receipts.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3300;

let rendered = 0;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => resolve(raw));
    req.on("error", reject);
  });
}

async function receipt(req, res) {
  const timing = new RequestTiming(req.headers["x-request-id"]);
  timing.mark("start");
  let order;
  try {
    order = parseOrder(await readBody(req));
  } catch (e) {
    res.writeHead(400, { "content-type": "text/plain" });
    return res.end(`bad order: ${e.message}`);
  }
  timing.mark("parsed");
  const html = renderReceipt(order);
  timing.mark("rendered");
  timing.measure("parse", "start", "parsed");
  timing.measure("render", "parsed", "rendered");
  timing.measure("total", "start", "rendered");
  rendered++;
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "server-timing": timing.serverTiming(),
    "x-request-id": timing.id,
  });
  res.end(html);
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(JSON.stringify({ ok: true, rendered }));
  }
  if (req.method === "POST" && url.pathname === "/receipts") {
    return receipt(req, res).catch((e) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(e));
    });
  }
  res.writeHead(404, { "content-type": "text/plain" });
  res.end("not found");
}).listen(port, "127.0.0.1", () => console.log(`receipts on 127.0.0.1:${port}`));
