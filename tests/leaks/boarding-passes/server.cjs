"use strict";

const http = require("node:http");
const { CheckinError, findBooking, renderPass } = require("./passes.cjs");
const { scratchPool } = require("./scratch-pool.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4142;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

/** Renders one pass with a scratch lease that is always handed back, even when rendering throws. */
function withScratch(render) {
  const lease = scratchPool.lease();
  try {
    return render(lease);
  } finally {
    lease.release();
  }
}

const ALL_PASSES = /^\/bookings\/([A-Za-z0-9]{6})\/passes$/;
const ONE_PASS = /^\/bookings\/([A-Za-z0-9]{6})\/passes\/(\d+)-(\d+)\.svg$/;

function route(req, res, url) {
  if (req.method !== "GET") return send(res, 405, { error: "method not allowed" });
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/internal/pool") return send(res, 200, scratchPool.stats());
  let m;
  if ((m = ALL_PASSES.exec(url.pathname))) {
    const booking = findBooking(m[1]);
    const passes = [];
    for (const segment of booking.segments) {
      for (const passenger of booking.passengers) {
        passes.push(withScratch((lease) => renderPass(booking, passenger, segment, lease)));
      }
    }
    return send(res, 200, { pnr: booking.pnr, passes });
  }
  if ((m = ONE_PASS.exec(url.pathname))) {
    const booking = findBooking(m[1]);
    const segment = booking.segments[Number(m[2])];
    const passenger = booking.passengers[Number(m[3])];
    if (!segment || !passenger) throw new CheckinError(404, "no such pass");
    const pass = withScratch((lease) => renderPass(booking, passenger, segment, lease));
    return send(res, 200, pass.barcode, "image/svg+xml");
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://checkin.local");
  try {
    route(req, res, url);
  } catch (err) {
    if (err instanceof CheckinError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`boarding passes on 127.0.0.1:${port}`));
