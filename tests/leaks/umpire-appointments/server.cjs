"use strict";

const http = require("node:http");
const { AppointmentError, answer, getOffer, offer, sheet, stats, waitForAnswer } = require(
  "./appointments.cjs",
);
const { remember, remembered } = require("./idempotency.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  if (status === 204) {
    res.writeHead(204);
    return res.end();
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(new AppointmentError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  // POST /fixtures/:id/offers
  if (parts[0] === "fixtures" && parts[2] === "offers" && req.method === "POST") {
    const key = req.headers["idempotency-key"];
    const hit = remembered(key);
    if (hit) return send(res, hit.status, hit.body);
    const body = await readJson(req);
    const made = offer(parts[1], body, req.headers["x-secretary"] ?? "league office");
    remember(key, 201, made);
    return send(res, 201, made);
  }
  if (parts[0] === "fixtures" && parts[1] && parts.length === 2) {
    return send(res, 200, sheet(parts[1]));
  }
  if (parts[0] === "offers" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return send(res, 200, getOffer(parts[1]));
    if (parts[2] === "wait" && req.method === "GET") {
      const answered = await waitForAnswer(parts[1], 150);
      return send(res, answered ? 200 : 204, answered);
    }
    if (parts[2] === "answer" && req.method === "POST") {
      return send(res, 200, answer(parts[1], await readJson(req)));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof AppointmentError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`umpire appointments on :${port}`));
