"use strict";

const http = require("node:http");
const garage = require("./garage.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4933;

const PLATE = /^[A-Z0-9]{1,4}(-[A-Z0-9]{1,8}){1,2}$/;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": json.length });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/board" && req.method === "GET") {
    return send(res, 200, { ...garage.board.get(), utilisation: garage.utilisation.get() });
  }
  if ((url.pathname === "/entries" || url.pathname === "/exits") && req.method === "POST") {
    const { plate, camera } = await readJson(req);
    const normalised = String(plate ?? "").toUpperCase().replace(/\s+/g, "");
    if (!PLATE.test(normalised)) return send(res, 422, { error: "unreadable plate", camera });
    if (url.pathname === "/entries") return send(res, 200, garage.enter(normalised));
    const payment = garage.exit(normalised);
    return payment ? send(res, 200, payment) : send(res, 404, { error: "no visit for plate" });
  }
  if (url.pathname === "/tariff" && req.method === "PATCH") {
    return send(res, 200, garage.setTariff(await readJson(req)));
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    console.error(err);
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`parking-garage on 127.0.0.1:${port}`));
