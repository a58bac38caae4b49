"use strict";

const http = require("node:http");
const { TokenBucketLimiter } = require("./throttle.cjs");
const { isMobile, normalise } = require("./numbering.cjs");
const {
  PortingError,
  completePort,
  eligibility,
  findPort,
  overview,
  requestPort,
} = require("./porting.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** Five look-ups of one number, then one more every five seconds. */
const lookupThrottle = new TokenBucketLimiter({ capacity: 5, refillPerSecond: 0.2 });

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  return JSON.parse(text);
}

function throttled(res, msisdn) {
  send(res, 429, { error: `too many look-ups of ${msisdn}` }, {
    "retry-after": String(lookupThrottle.retryAfter(msisdn)),
  });
}

async function route(req, res, url) {
  const client = String(req.headers["x-retailer"] ?? req.socket.remoteAddress);
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/desk") {
    return send(res, 200, { ...overview(), throttle: lookupThrottle.stats() });
  }

  const number = /^\/numbers\/([^/]+)\/eligibility$/.exec(url.pathname);
  if (req.method === "GET" && number) {
    const msisdn = normalise(decodeURIComponent(number[1]));
    if (!isMobile(msisdn)) return send(res, 400, { error: "not a German mobile number" });
    if (!lookupThrottle.take(msisdn, client)) return throttled(res, msisdn);
    return send(res, 200, eligibility(msisdn));
  }

  if (req.method === "POST" && url.pathname === "/ports") {
    const body = await readJson(req);
    body.numbers = (body.numbers ?? []).map(normalise);
    for (const msisdn of body.numbers) {
      if (!isMobile(msisdn)) return send(res, 400, { error: `${msisdn}: not a mobile number` });
      if (!lookupThrottle.take(msisdn, client)) return throttled(res, msisdn);
    }
    return send(res, 201, requestPort({ ...body, retailer: client }));
  }

  const portReq = /^\/ports\/([\w-]+)(\/complete)?$/.exec(url.pathname);
  if (portReq && req.method === "GET" && !portReq[2]) return send(res, 200, findPort(portReq[1]));
  if (portReq && req.method === "POST" && portReq[2]) {
    return send(res, 200, completePort(portReq[1]));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res, new URL(req.url, "http://localhost")).catch((err) => {
    if (err instanceof PortingError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`porting desk on 127.0.0.1:${port}`));
