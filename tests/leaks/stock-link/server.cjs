"use strict";
const http = require("node:http");
const daemon = require("./daemon.cjs");
const stockLink = require("./stock-link.cjs");

const portArg = process.argv.find(function (a) {
  return a.startsWith("--port=");
});
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** The last 50 reservations, for the till's "undo" screen. */
const recentReservations = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req, callback) {
  let raw = "";
  req.setEncoding("utf8");
  req.on("data", function (chunk) {
    raw += chunk;
  });
  req.on("end", function () {
    try {
      callback(null, raw ? JSON.parse(raw) : {});
    } catch (err) {
      callback(err);
    }
  });
}

function stockErrorStatus(err) {
  if (err.code === "NOTFOUND") return 404;
  if (err.code === "SHORT") return 409;
  return 400;
}

function route(req, res) {
  const url = new URL(req.url, "http://tills.local");
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });

  const m = /^\/stock\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    return stockLink.quantity(m[1], function (err, item) {
      if (err) return send(res, stockErrorStatus(err), { error: err.message, code: err.code });
      send(res, 200, item);
    });
  }

  if (req.method === "POST" && url.pathname === "/reservations") {
    return readJson(req, function (err, body) {
      if (err || !body.sku || !body.order) {
        return send(res, 400, { error: "sku and order required" });
      }
      stockLink.reserve(String(body.sku), Number(body.qty) || 1, function (err, result) {
        if (err) return send(res, stockErrorStatus(err), { error: err.message, code: err.code });
        recentReservations.push({
          order: body.order,
          sku: result.sku,
          qty: body.qty,
          at: Date.now(),
        });
        if (recentReservations.length > 50) recentReservations.shift();
        send(res, 201, result);
      });
    });
  }

  if (req.method === "GET" && url.pathname === "/link") {
    return send(res, 200, { link: stockLink.stats(), recent: recentReservations.slice(-5) });
  }
  send(res, 404, { error: "not found" });
}

daemon.start(function (err, daemonPort) {
  if (err) throw err;
  stockLink.connect(daemonPort, function () {
    http.createServer(route).listen(port, "127.0.0.1", function () {
      console.log("stock-link on http://127.0.0.1:" + port + " (daemon on " + daemonPort + ")");
    });
  });
});
