"use strict";

const http = require("node:http");
const { readBody, send } = require("./http-utils.js");
const { inspect, inspectionBoard } = require("./inspections.js");
const { findRma, openRma, refund, refundSummary } = require("./refunds.js");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const RMA_PATH = /^\/rmas\/(RMA-[\w-]+)\/(inspection|refund)$/;

function validInspection(body) {
  return typeof body.inspector === "string" && typeof body.station === "string" &&
    typeof body.condition === "string" && Array.isArray(body.photos) && body.photos.length > 0;
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/dashboard") {
    return [200, { refunds: refundSummary(), inspections: inspectionBoard() }];
  }
  if (req.method !== "POST") return [404, { error: "not found" }];

  const body = await readBody(req);
  if (body === null) return [400, { error: "invalid JSON" }];

  if (url.pathname === "/rmas") {
    if (!/^RMA-[\w-]+$/.test(body.rma ?? "") || !body.sku || !(body.priceCents > 0)) {
      return [422, { error: "rma, sku and priceCents" }];
    }
    const result = openRma(body);
    return result.error ? [409, { error: result.error }] : [201, result.rma];
  }

  const m = RMA_PATH.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const rma = findRma(m[1]);
  if (!rma) return [404, { error: "no open RMA" }];
  if (m[2] === "inspection") {
    if (!validInspection(body)) return [422, { error: "inspector, station, condition, photos" }];
    const result = inspect(req, rma, body);
    return result.error ? [422, { error: result.error }] : [201, result.inspection];
  }
  const result = refund(rma);
  return result.error ? [409, { error: result.error }] : [200, result.refund];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`return inspections on 127.0.0.1:${port}`));
