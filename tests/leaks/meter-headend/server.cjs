"use strict";

const http = require("node:http");
const { applyMeterEvent, meters } = require("./meters.cjs");
const { OnDemandReads } = require("./reads.cjs");
const { lockCount, Payments, TokenGateway, TopUpError, topUp } = require("./topups.cjs");
const tariffs = require("./tariffs.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const reads = new OnDemandReads();
const services = { payments: new Payments(), tokens: new TokenGateway() };
const counters = { topUps: 0, refused: 0, events: 0 };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [, first, id, action] = url.pathname.split("/");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, {
      ...counters,
      reads: reads.stats(),
      authorisations: services.payments.open,
      tokens: services.tokens.open,
      locks: lockCount(),
    });
  }
  if (first === "tariffs" && id === "next") {
    const since = Number(url.searchParams.get("since") ?? tariffs.epoch());
    const wait = Math.min(250, Number(url.searchParams.get("wait") ?? 250));
    const next = await tariffs.nextTariff(since, wait);
    return next ? send(res, 200, next) : send(res, 204);
  }
  if (first === "tariffs" && req.method === "POST") {
    return send(res, 201, tariffs.publish(await readJson(req)));
  }
  if (first === "tariffs") return send(res, 200, tariffs.tariff());
  if (first === "topups" && req.method === "POST") {
    const body = await readJson(req);
    const meter = meters.get(body.meter);
    if (!meter) return send(res, 404, { error: "no such meter" });
    try {
      const done = await topUp(services, meter, body);
      counters.topUps++;
      return send(res, 201, done);
    } catch (err) {
      if (!(err instanceof TopUpError)) throw err;
      counters.refused++;
      return send(res, err.status, { error: err.message });
    }
  }

  const meter = first === "meters" ? meters.get(id) : undefined;
  if (first === "meters" && !meter) return send(res, 404, { error: "no such meter" });
  if (meter && action === "read-requests" && req.method === "POST") {
    const body = await readJson(req);
    const accepted = reads.request(meter, body.requestId, body.by ?? "app");
    return send(res, accepted ? 202 : 409, { requestId: body.requestId });
  }
  if (meter && action === "replies" && req.method === "POST") {
    const body = await readJson(req);
    const ok = reads.reply(meter, body.requestId, { kWh: Number(body.kWh), at: body.at });
    return send(res, ok ? 200 : 410, { requestId: body.requestId });
  }
  if (meter && action === "events" && req.method === "POST") {
    const ok = applyMeterEvent(meter, await readJson(req));
    counters.events++;
    return send(res, ok ? 202 : 400, { meter: meter.id });
  }
  if (meter) return send(res, 200, meter.view());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`meter head-end on :${port}`));
