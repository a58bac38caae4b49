// deno-lint-ignore-file no-inner-declarations no-var -- an ES5 codebase
"use strict";

var http = require("node:http");
var GeoClient = require("./geo-client.cjs");
var backend = require("./backend.cjs");

var portArg = process.argv.slice(2).filter(function (a) {
  return a.indexOf("--port=") === 0;
})[0];
var port = portArg ? Number(portArg.slice("--port=".length)) : 3100;

var geo = new GeoClient(backend.connect(), { timeoutMs: 1500 });
geo.on("error", function (err) {
  console.error("geocoder link:", err.message);
});

var POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function normalise(raw) {
  return decodeURIComponent(raw).toUpperCase().replace(/\s+/g, "");
}

http.createServer(function (req, res) {
  var url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, geo.stats);

  var m = /^\/postcodes\/([^/]+)(\/pickup-points)?$/.exec(url.pathname);
  if (!m || req.method !== "GET") return send(res, 404, { error: "not found" });
  var postcode = normalise(m[1]);
  if (!POSTCODE.test(postcode)) return send(res, 400, { error: "not a Dutch postcode" });

  if (m[2]) {
    var limit = Math.min(10, Number(url.searchParams.get("limit")) || 3);
    return geo.nearby(postcode, limit, function (err, result) {
      if (err) return send(res, 502, { error: err.message });
      send(res, 200, result);
    });
  }
  geo.lookup(postcode, function (err, address) {
    if (err) return send(res, 502, { error: err.message });
    send(res, 200, address);
  });
}).listen(port, "127.0.0.1", function () {
  console.log("postcode service on 127.0.0.1:" + port);
});
