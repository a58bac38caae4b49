"use strict";

const http = require("node:http");
const { QuoteError, accept, bookSurvey, createQuote, jobs, quotes } = require("./quotes.cjs");
const { timingsText } = require("./timing.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (s) => (raw += s));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new QuoteError(400, "body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://quotes.local");
  const parts = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/metrics") {
    res.writeHead(200, { "content-type": "text/plain" });
    return res.end(timingsText());
  }
  if (pathname === "/jobs") return send(res, 200, jobs.slice(0, 20));
  if (pathname === "/quotes" && req.method === "POST") {
    return send(res, 201, await createQuote(await readJson(req)));
  }
  if (parts[0] === "quotes" && parts[1]) {
    const ref = decodeURIComponent(parts[1]);
    if (parts.length === 2 && req.method === "GET") {
      const q = quotes.get(ref);
      return q ? send(res, 200, q) : send(res, 404, { error: `no quote ${ref}` });
    }
    if (parts[2] === "survey" && req.method === "POST") {
      return send(res, 201, await bookSurvey(ref, await readJson(req)));
    }
    if (parts[2] === "accept" && req.method === "POST") {
      return send(res, 200, accept(ref, await readJson(req)));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof QuoteError)) console.error(err);
    send(res, err instanceof QuoteError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`boiler quotes on :${port}`));
