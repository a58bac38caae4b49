"use strict";

const http = require("node:http");
const MailClient = require("./mail_client.cjs");
const { tenantConfig } = require("./tenants.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req, callback) {
  let raw = "";
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

const server = http.createServer(function (req, res) {
  if (req.url === "/healthz") return send(res, 200, { ok: true });
  const m = /^\/t\/([a-z]+)\/mail$/.exec(req.url);
  if (!m || req.method !== "POST") return send(res, 404, { error: "not found" });

  const config = tenantConfig(m[1]);
  if (!config) return send(res, 404, { error: "unknown tenant" });

  readJson(req, function (err, body) {
    if (err) return send(res, 400, { error: "invalid JSON" });
    if (!body.to || !body.subject) return send(res, 400, { error: "to and subject required" });
    const client = new MailClient(config);
    client.send(body.to, body.subject, String(body.text || ""), function (sendErr, receipt) {
      if (sendErr) return send(res, 422, { error: sendErr.message });
      send(res, 202, { id: receipt.id, acceptedAt: receipt.acceptedAt });
    });
  });
});

server.listen(port, "127.0.0.1", function () {
  console.log("smtp relay on 127.0.0.1:" + port);
});
