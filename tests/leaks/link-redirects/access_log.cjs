"use strict";

const fs = require("node:fs");

// Lines are batched and appended to ACCESS_LOG every few seconds (fewer syscalls under load).
const file = process.env.ACCESS_LOG;
const FLUSH_MS = 5000;
let buffered = "";

function write(req, res, ms) {
  const ip = req.socket.remoteAddress ?? "-";
  const agent = JSON.stringify(req.headers["user-agent"] ?? "-");
  const referer = JSON.stringify(req.headers.referer ?? "-");
  buffered += `${ip} [${new Date().toISOString()}] "${req.method} ${req.url}" ${res.statusCode} ${
    ms.toFixed(2)
  }ms ${referer} ${agent}\n`;
}

function flush() {
  if (!file || buffered === "") return;
  fs.appendFileSync(file, buffered);
  buffered = "";
}

setInterval(flush, FLUSH_MS).unref();

module.exports = { write, flush };
