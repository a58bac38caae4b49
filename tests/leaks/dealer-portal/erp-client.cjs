"use strict";

const { CookieJar } = require("./cookie-jar.cjs");

const ERP_BASE = process.env.ERP_URL ?? "https://erp.agri-works.example";

// The portal talks to the ERP with one service account; the ERP's load balancer pins the
// session to a node with ROUTEID and the API keeps its session in JSESSIONID, so the client
// keeps a cookie jar for the life of the process.
const jar = new CookieJar();

async function httpTransport(method, url, headers) {
  const res = await fetch(url, { method, headers });
  return {
    status: res.status,
    headers: { "set-cookie": res.headers.getSetCookie() },
    body: await res.json(),
  };
}

const transport = process.env.ERP_URL ? httpTransport : require("./erp-stub.cjs").request;

async function erpGet(path) {
  const url = new URL(path, ERP_BASE);
  const headers = { accept: "application/json", authorization: "Basic cG9ydGFsOnNlY3JldA==" };
  const cookie = jar.headerFor(url);
  if (cookie) headers.cookie = cookie;
  const res = await transport("GET", url, headers);
  jar.store(res.headers["set-cookie"] ?? [], url);
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw new Error(`ERP ${path}: ${res.status}`);
  return res.body;
}

module.exports = {
  getOrder: (id) => erpGet(`/erp/api/orders/${encodeURIComponent(id)}`),
  getInvoice: (id) => erpGet(`/erp/api/orders/${encodeURIComponent(id)}/invoice`),
  getDealer: (id) => erpGet(`/erp/api/dealers/${encodeURIComponent(id)}`),
  sessionInfo: () => ({ cookies: jar.size }),
};
