// deno-lint-ignore-file no-inner-declarations no-var -- ES5 habits kept through the move to ESM
import http from "node:http";
import { BetSlip } from "./slips.mjs";
import { markets } from "./odds-feed.mjs";

var portArg = process.argv.slice(2).find(function (a) {
  return a.startsWith("--port=");
});
var port = portArg ? Number(portArg.slice("--port=".length)) : 3200;

// Slips still open, by id; placed or abandoned ones leave it.
var openSlips = new Map();
var placed = [];
var MAX_PLACED = 50;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req, callback) {
  var chunks = [];
  req.on("data", function (c) {
    chunks.push(c);
  });
  req.on("end", function () {
    var body;
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
    } catch (err) {
      return callback(err);
    }
    callback(null, body);
  });
}

function openSlip(req, res) {
  readJson(req, function (err, body) {
    if (err) return send(res, 400, { error: "invalid json" });
    if (!body.slipId || !Array.isArray(body.selections) || !(body.stake > 0)) {
      return send(res, 400, { error: "slipId, selections and stake required" });
    }
    var unknown = body.selections.filter(function (s) {
      return !markets[s.market];
    });
    if (unknown.length) return send(res, 422, { error: "unknown market " + unknown[0].market });
    var slip = new BetSlip(body.slipId, body.customer, body.selections, body.stake);
    openSlips.set(slip.id, slip);
    send(res, 201, slip);
  });
}

function placeSlip(res, id) {
  var slip = openSlips.get(id);
  if (!slip) return send(res, 404, { error: "no open slip " + id });
  openSlips.delete(id);
  slip.close("placed");
  placed.push({ id: slip.id, customer: slip.customer, price: slip.combinedPrice() });
  if (placed.length > MAX_PLACED) placed.shift();
  send(res, 200, slip);
}

http.createServer(function (req, res) {
  var url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/markets") return send(res, 200, markets);
  if (url.pathname === "/slips" && req.method === "POST") return openSlip(req, res);
  var m = /^\/slips\/([\w-]+)(\/place)?$/.exec(url.pathname);
  if (m && m[2] && req.method === "POST") return placeSlip(res, m[1]);
  if (m && req.method === "GET") {
    var slip = openSlips.get(m[1]);
    return slip ? send(res, 200, slip) : send(res, 404, { error: "no open slip" });
  }
  if (url.pathname === "/stats") {
    return send(res, 200, { open: openSlips.size, placed: placed.length });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", function () {
  console.log("bet slips on 127.0.0.1:" + port);
});
