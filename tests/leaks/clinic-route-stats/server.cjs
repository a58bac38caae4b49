"use strict";
const http = require("node:http");
const { HttpMetrics } = require("./metrics.cjs");
const appointments = require("./appointments.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const metrics = new HttpMetrics();

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://clinic.local");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/metrics") {
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    return res.end(metrics.render());
  }

  if (parts[0] === "appointments" && parts.length === 1 && req.method === "POST") {
    const body = await readJson(req);
    if (!body.patient || !body.slot) return send(res, 400, { error: "patient and slot required" });
    return send(res, 201, appointments.book(body));
  }

  if (parts[0] === "appointments" && parts.length === 2) {
    if (req.method === "GET") {
      const appt = appointments.find(parts[1]);
      return appt ? send(res, 200, appt) : send(res, 404, { error: "no such appointment" });
    }
    if (req.method === "PATCH") {
      const appt = appointments.update(parts[1], await readJson(req));
      return appt ? send(res, 200, appt) : send(res, 404, { error: "no such appointment" });
    }
  }

  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  metrics.track(req, res);
  route(req, res).catch((err) => send(res, 400, { error: String(err.message ?? err) }));
}).listen(port, "127.0.0.1", () => {
  console.log("clinic-route-stats on http://127.0.0.1:" + port);
});
