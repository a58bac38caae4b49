"use strict";
const http = require("node:http");
const { pipeline } = require("node:stream");
const { LineSplitter, ReadingParser, MeterTotals } = require("./parsers.cjs");

const portArg = process.argv.find(function (a) {
  return a.startsWith("--port=");
});
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** The last 20 imports' summaries, for the operations screen. */
const imports = new Map();
const KEEP_IMPORTS = 20;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function runImport(req, res) {
  const importId = String(req.headers["x-meter-batch"] || "batch-" + Date.now());
  const parser = new ReadingParser({ importId: importId });
  const totals = new MeterTotals();
  const started = process.hrtime.bigint();
  pipeline(req, new LineSplitter(), parser, totals, function (err) {
    if (err) return send(res, 400, { error: err.message });
    const summary = {
      importId: importId,
      accepted: parser.accepted,
      meters: Array.from(totals.byMpan, function ([mpan, t]) {
        return { mpan: mpan, kwh: Math.round(t.kwh * 1000) / 1000, readings: t.readings };
      }),
      errors: parser.rejected.filter(function (r) {
        return r.importId === importId;
      }),
      ms: Number(process.hrtime.bigint() - started) / 1e6,
    };
    imports.set(importId, summary);
    if (imports.size > KEEP_IMPORTS) imports.delete(imports.keys().next().value);
    send(res, summary.errors.length ? 207 : 201, {
      importId: importId,
      accepted: summary.accepted,
      rejected: summary.errors.length,
    });
  });
}

http
  .createServer(function (req, res) {
    const url = new URL(req.url, "http://meters.local");
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname === "/imports") return runImport(req, res);
    const m = /^\/imports\/([\w-]+)$/.exec(url.pathname);
    if (req.method === "GET" && m) {
      const summary = imports.get(m[1]);
      return summary ? send(res, 200, summary) : send(res, 404, { error: "no such import" });
    }
    send(res, 404, { error: "not found" });
  })
  .listen(port, "127.0.0.1", function () {
    console.log("meter-imports on http://127.0.0.1:" + port);
  });
