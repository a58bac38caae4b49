"use strict";

/**
 * Merchants and their callback endpoints. In this build the endpoints are simulated: the
 * outbound HTTP client is swapped for post() so the gateway can run without the internet.
 */
const merchants = new Map([
  ["m-bakery", {
    id: "m-bakery",
    name: "Crumb & Co",
    url: "https://crumb.example/pay/callback",
    secret: "whsec_crumb_4f1a",
  }],
  ["m-bikes", {
    id: "m-bikes",
    name: "Spokes Cycles",
    url: "https://spokes.example/hooks/psp",
    secret: "whsec_spokes_77c0",
  }],
  // their shop has been down since the hosting move
  ["m-vinyl", {
    id: "m-vinyl",
    name: "Groove Records",
    url: "https://groove-records.example/psp",
    secret: "whsec_groove_9e2d",
  }],
]);

const outages = new Set(["groove-records.example"]);

function post(url, body, headers) {
  return new Promise((resolve) => {
    const host = new URL(url).host;
    setTimeout(() => {
      if (outages.has(host)) {
        resolve({ status: 503, body: "<html><h1>503 Service Unavailable</h1></html>" });
        return;
      }
      const ack = { received: true, bytes: body.length, sig: headers["x-signature"].slice(0, 8) };
      resolve({ status: 200, body: JSON.stringify(ack) });
    }, 3);
  });
}

module.exports = { merchants, post };
