"use strict";
const http = require("node:http");
const { DomainEvents } = require("./domain.cjs");
const { ClaimRepository, ClaimService, RepairShopGateway } = require("./claims.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const repository = new ClaimRepository();
const repairs = new RepairShopGateway();
const claims = new ClaimService(repository, repairs);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  req.setEncoding("utf8");
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/stats") {
    return send(res, 200, {
      open: repository.openCount,
      archived: repository.archived,
      repairsBooked: repairs.booked,
      rejected: claims.rejected,
      approvedHandlers: DomainEvents.handlerCount("ClaimApproved"),
    });
  }

  // POST /claims {id, serial, product, customer, fault, purchasedOn}
  if (req.method === "POST" && url.pathname === "/claims") {
    return send(res, 201, await claims.submit(await readJson(req)));
  }

  // POST /claims/:id/decision {decision: approve|reject, assessor, remedy, reason}
  if (req.method === "POST" && parts[0] === "claims" && parts[2] === "decision") {
    const body = await readJson(req);
    const result = await claims.decide(parts[1], {
      decision: body.decision,
      assessor: String(body.assessor ?? "system"),
      remedy: body.remedy,
      reason: body.reason,
    });
    if (!result) return send(res, 404, { error: `claim ${parts[1]} not found` });
    return send(res, 200, result);
  }

  if (req.method === "GET" && parts[0] === "claims" && parts.length === 2) {
    const claim = repository.get(parts[1]);
    if (!claim) return send(res, 404, { error: "not found or archived" });
    return send(res, 200, claim);
  }

  return send(res, 404, { error: "not found" });
}

http
  .createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
  })
  .listen(port, "127.0.0.1", () => console.log(`warranty-claims on http://127.0.0.1:${port}`));
