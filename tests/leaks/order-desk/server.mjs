import http from "node:http";
import { deskStats, orderServiceFor } from "./request-scope.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function validLines(lines) {
  return Array.isArray(lines) && lines.length > 0 &&
    lines.every((l) =>
      typeof l.sku === "string" && Number.isInteger(l.qty) && l.qty > 0 &&
      Number.isInteger(l.unitCents) && l.unitCents >= 0
    );
}

async function route(req, res, url) {
  if (req.method === "POST" && url.pathname === "/orders") {
    const body = await readJson(req);
    if (
      typeof body.id !== "string" || typeof body.customer !== "string" || !validLines(body.lines)
    ) {
      return send(res, 400, { error: "id, customer and lines required" });
    }
    return send(res, 201, orderServiceFor(req).place(body));
  }
  const one = /^\/orders\/([\w-]{1,40})$/.exec(url.pathname);
  if (req.method === "GET" && one) {
    const order = orderServiceFor(req).get(one[1]);
    return order ? send(res, 200, order) : send(res, 404, { error: "not found" });
  }
  const ship = /^\/orders\/([\w-]{1,40})\/ship$/.exec(url.pathname);
  if (req.method === "POST" && ship) {
    const body = await readJson(req);
    return send(res, 200, orderServiceFor(req).ship(ship[1], String(body.carrier ?? "DPD")));
  }
  if (req.method === "GET" && url.pathname === "/desk/stats") return send(res, 200, deskStats());
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((e) => send(res, e.status ?? 500, { error: e.message }));
}).listen(port, "127.0.0.1", () => console.log(`order-desk on http://127.0.0.1:${port}`));
