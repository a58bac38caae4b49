"use strict";

const http = require("node:http");
const { renew, RenewalError, PLANS, recentRenewals } = require("./renewals.cjs");
const { getMember } = require("./members.cjs");
const { syncMember, crmStats } = require("./crm.cjs");
const { tasks } = require("./tasks.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(new RenewalError(`bad JSON: ${err.message}`, 400));
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/plans") return send(res, 200, PLANS);
  if (url.pathname === "/status") {
    return send(res, 200, { tasks: tasks.status(), crm: crmStats(), recent: recentRenewals() });
  }
  if (parts[0] === "members" && parts[1] && req.method === "GET") {
    const member = getMember(parts[1]);
    if (!member) return send(res, 404, { error: "no such member" });
    const { email: _email, phone: _phone, ...shown } = member;
    return send(res, 200, shown);
  }
  if (url.pathname === "/renewals" && req.method === "POST") {
    const renewal = renew(await readJson(req));
    // The CRM is updated in the background: the member gets the club's e-mails and texts
    // under the new season's membership from then on.
    tasks.run("crm.sync", { renewal }, () => syncMember(renewal.member));
    return send(res, 201, { id: renewal.id, total: renewal.total, lines: renewal.lines });
  }
  return send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
});
server.listen(port, "127.0.0.1", () => console.log(`hockey memberships on :${port}`));

process.on("SIGTERM", () => {
  server.close();
  tasks.drain(1000).then((left) => process.exit(left ? 1 : 0));
});
