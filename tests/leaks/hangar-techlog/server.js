"use strict";

const http = require("node:http");
const { TechLogError, fleet } = require("./fleet.js");
const { dispatchStatus } = require("./dispatch.js");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
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
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

const AIRCRAFT = /^\/aircraft\/(PH-[A-Z]{3})\/(flights|defects|dispatch)$/;
const RECTIFY = /^\/aircraft\/(PH-[A-Z]{3})\/defects\/([\w-]+)\/rectify$/;

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/fleet") {
    return [200, [...fleet.values()].map(dispatchStatus)];
  }

  const rectify = RECTIFY.exec(url.pathname);
  if (rectify && req.method === "POST") {
    const aircraft = fleet.get(rectify[1]);
    if (!aircraft) return [404, { error: "not in the fleet" }];
    return [200, aircraft.rectify(rectify[2], await readJson(req))];
  }

  const m = AIRCRAFT.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const aircraft = fleet.get(m[1]);
  if (!aircraft) return [404, { error: "not in the fleet" }];
  if (m[2] === "dispatch" && req.method === "GET") return [200, dispatchStatus(aircraft)];
  if (req.method !== "POST") return [405, { error: "method not allowed" }];
  const body = await readJson(req);
  if (m[2] === "flights") {
    if (!/^[A-Z]{2}\d{1,4}$/.test(body.flightNo ?? "") || !(body.blockMinutes > 0)) {
      throw new TechLogError("flight number and block time are required", 400);
    }
    aircraft.logFlight(body);
    return [201, { registration: aircraft.registration, cycles: aircraft.cycles }];
  }
  if (!body.id || !body.description) throw new TechLogError("defect id and description", 400);
  return [201, aircraft.raiseDefect(body)];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    if (err instanceof TechLogError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`tech log on 127.0.0.1:${port}`));
