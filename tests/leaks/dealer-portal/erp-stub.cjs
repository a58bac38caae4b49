"use strict";

// The manufacturer's ERP web API as the portal sees it, for development and tests (ERP_URL
// unset): the same routes and cookies, answered in-process after a short delay.
const crypto = require("node:crypto");

const MODELS = ["Tractor T-5.120", "Mower RX-48", "Baler BP-1290", "Loader FL-4220"];
let served = 0;

function token() {
  return crypto.randomBytes(16).toString("hex");
}

function orderDocument(id) {
  const n = Number(id.replace(/\D/g, "")) || 0;
  return {
    id,
    dealer: "D-0417",
    model: MODELS[n % MODELS.length],
    quantity: 1 + (n % 3),
    status: n % 5 === 0 ? "in production" : "confirmed",
    promisedWeek: `2024-W${String(20 + (n % 20)).padStart(2, "0")}`,
  };
}

async function request(method, url, headers) {
  served++;
  await new Promise((resolve) => setTimeout(resolve, 2));
  const setCookie = [];
  if (!/(^|; )ROUTEID=/.test(headers.cookie ?? "")) {
    setCookie.push("ROUTEID=.node2; Path=/; Secure; HttpOnly");
  }
  if (!/(^|; )JSESSIONID=/.test(headers.cookie ?? "")) {
    setCookie.push(`JSESSIONID=${token()}; Path=/erp; HttpOnly`);
  }
  let m = /^\/erp\/api\/orders\/([\w-]+)(\/invoice)?$/.exec(url.pathname);
  if (m && method === "GET") {
    // The document view hands out a per-document CSRF token for later edits.
    setCookie.push(`DOCVIEW=${token()}; Path=${url.pathname}; HttpOnly; SameSite=Strict`);
    const order = orderDocument(m[1]);
    const body = m[2]
      ? {
        order: m[1],
        invoice: `INV-${m[1]}`,
        netCents: order.quantity * 4_250_000,
        currency: "EUR",
      }
      : order;
    return { status: 200, headers: { "set-cookie": setCookie }, body };
  }
  m = /^\/erp\/api\/dealers\/([\w-]+)$/.exec(url.pathname);
  if (m && method === "GET") {
    return {
      status: 200,
      headers: { "set-cookie": setCookie },
      body: {
        id: m[1],
        name: "Agri Service Veldhoven",
        region: "NL-South",
        creditLimitCents: 90_000_000,
      },
    };
  }
  return { status: 404, headers: { "set-cookie": setCookie }, body: { error: "not found" } };
}

module.exports = { request, stats: () => ({ served }) };
