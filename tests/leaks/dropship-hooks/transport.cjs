"use strict";

// Outbound webhook transport. In this build deliveries are simulated: hosts ending in
// ".invalid" refuse the connection, everything else answers 2xx after a few ms.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function post(url, payload, headers) {
  const { hostname } = new URL(url);
  const body = JSON.stringify(payload);
  await delay(2 + (body.length % 5));
  if (hostname.endsWith(".invalid")) {
    const err = new Error(`connect ECONNREFUSED ${hostname}:443`);
    err.code = "ECONNREFUSED";
    throw err;
  }
  return {
    ok: true,
    status: headers["x-event"] === "order.created" ? 201 : 200,
    bytes: body.length,
  };
}

module.exports = { post };
