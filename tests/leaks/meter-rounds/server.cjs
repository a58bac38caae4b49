"use strict";

const http = require("node:http");
const { route } = require("./routes.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if (!chunks.length) return resolve({});
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        resolve(null);
      }
    });
    req.on("error", reject);
  });
}

const server = http.createServer(async (req, res) => {
  let status = 500;
  let body = { error: "internal error" };
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") {
      [status, body] = [200, { ok: true }];
    } else {
      const payload = req.method === "POST" ? await readBody(req) : {};
      [status, body] = payload === null
        ? [400, { error: "invalid JSON" }]
        : route(req.method, url, payload);
    }
  } catch (err) {
    console.error(err);
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
});

server.listen(port, "127.0.0.1", () => console.log(`meter rounds sync on 127.0.0.1:${port}`));
