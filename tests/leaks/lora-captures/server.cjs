"use strict";
const http = require("node:http");
const { sessions, sessionFor } = require("./gateways.cjs");

const portArg = process.argv.find(function (a) {
  return a.startsWith("--port=");
});
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const HEX = /^(?:[0-9a-f]{2})+$/i;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readBody(req, callback) {
  const chunks = [];
  req.on("data", function (chunk) {
    chunks.push(chunk);
  });
  req.on("error", callback);
  req.on("end", function () {
    callback(null, Buffer.concat(chunks));
  });
}

function validUplink(body) {
  return typeof body.devEUI === "string" &&
    typeof body.payload === "string" && HEX.test(body.payload) &&
    Number.isInteger(body.fport) &&
    typeof body.rssi === "number" &&
    typeof body.snr === "number";
}

/** Decodes the application payload: the sensors on fport 2 send temperature and humidity. */
function decode(uplink) {
  const bytes = Buffer.from(uplink.payload, "hex");
  if (uplink.fport === 2 && bytes.length >= 4) {
    return { temperature: bytes.readInt16BE(0) / 100, humidity: bytes.readUInt16BE(2) / 100 };
  }
  return { bytes: bytes.length };
}

function route(req, res) {
  const url = new URL(req.url, "http://lns.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/gateways") {
    return send(
      res,
      200,
      Array.from(sessions.values(), function (s) {
        return s.summary();
      }),
    );
  }

  const m = /^\/gateways\/([\w-]+)(\/uplinks|\/capture)?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const id = m[1];

  if (req.method === "POST" && m[2] === "/uplinks") {
    return readBody(req, function (err, raw) {
      if (err) return send(res, 400, { error: err.message });
      let uplink;
      try {
        uplink = JSON.parse(raw.toString("utf8"));
      } catch {
        return send(res, 400, { error: "invalid JSON" });
      }
      if (!validUplink(uplink)) return send(res, 422, { error: "not an uplink" });
      const session = sessionFor(id);
      session.record(uplink, raw);
      send(res, 202, { gateway: id, devEUI: uplink.devEUI, decoded: decode(uplink) });
    });
  }

  const session = sessions.get(id);
  if (!session) return send(res, 404, { error: "unknown gateway" });
  if (m[2] === "/capture") {
    const bytes = session.dump();
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${id}.cap"`,
    });
    return res.end(bytes);
  }
  send(res, 200, session.summary());
}

http.createServer(route).listen(port, "127.0.0.1", function () {
  console.log("lora-captures on http://127.0.0.1:" + port);
});
