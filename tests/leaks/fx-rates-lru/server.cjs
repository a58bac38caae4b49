// deno-lint-ignore-file no-inner-declarations no-var -- an ES5 codebase
"use strict";

var http = require("node:http");
var rates = require("./rates.cjs");

var portArg = process.argv.slice(2).filter(function (a) {
  return a.indexOf("--port=") === 0;
})[0];
var port = portArg ? Number(portArg.split("=")[1]) : 3300;

var DAY = /^\d{4}-\d{2}-\d{2}$/;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function convert(url, res) {
  var from = (url.searchParams.get("from") || "EUR").toUpperCase();
  var to = (url.searchParams.get("to") || "USD").toUpperCase();
  var amount = Number(url.searchParams.get("amount") || 1);
  var day = url.searchParams.get("date") || new Date().toISOString().slice(0, 10);
  if (!DAY.test(day)) return send(res, 400, { error: "date must be YYYY-MM-DD" });
  rates.ratesFor(day, function (err, table) {
    if (err) return send(res, 502, { error: err.message });
    var rateFrom = from === "EUR" ? 1 : table.rates[from];
    var rateTo = to === "EUR" ? 1 : table.rates[to];
    if (!rateFrom || !rateTo) return send(res, 422, { error: "unsupported currency" });
    var value = amount / rateFrom * rateTo;
    send(res, 200, { day: day, from: from, to: to, amount: amount, value: +value.toFixed(2) });
  });
}

http.createServer(function (req, res) {
  var url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/convert") return convert(url, res);
  if (url.pathname === "/rates/next") {
    var ms = Math.min(500, Number(url.searchParams.get("wait")) || 100);
    return rates.nextTable(ms, function (err, table) {
      if (err) return send(res, 502, { error: err.message });
      send(res, 200, table ? { day: table.day, rates: table.rates } : { timeout: true });
    });
  }
  var m = /^\/rates\/(\d{4}-\d{2}-\d{2})$/.exec(url.pathname);
  var daysAgo = url.pathname === "/rates/history" ? Number(url.searchParams.get("daysAgo")) : NaN;
  if (m || daysAgo >= 0) {
    var day = m ? m[1] : new Date(Date.now() - daysAgo * 86400000).toISOString().slice(0, 10);
    return rates.ratesFor(day, function (err, table) {
      if (err) return send(res, 502, { error: err.message });
      send(res, 200, table);
    });
  }
  if (url.pathname === "/stats") return send(res, 200, rates.stats());
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", function () {
  console.log("fx rates on 127.0.0.1:" + port);
});
