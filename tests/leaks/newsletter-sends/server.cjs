"use strict";

const http = require("node:http");
const { CampaignDesk, LISTS } = require("./campaigns.cjs");
const { Outbox } = require("./outbox.cjs");
const { renderHtml } = require("./render.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const desk = new CampaignDesk();
const outbox = new Outbox();
setInterval(() => outbox.resendStale().catch((err) => console.error(err)), 250);

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [, kind, id, action] = url.pathname.split("/");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/lists") return send(res, 200, LISTS);
  if (url.pathname === "/stats") {
    return send(res, 200, { outbox: outbox.stats(), campaigns: desk.overview() });
  }

  if (url.pathname === "/webhooks/deliveries" && req.method === "POST") {
    const { event, messageIds } = await readJson(req);
    if (event !== "delivered" || !Array.isArray(messageIds)) {
      return send(res, 400, { error: "expected delivered events" });
    }
    return send(res, 200, { confirmed: outbox.acknowledge(messageIds) });
  }

  if (kind !== "campaigns") return send(res, 404, { error: "not found" });
  if (!id && req.method === "POST") {
    try {
      const campaign = desk.create(await readJson(req));
      return send(res, 201, { id: campaign.id, list: campaign.list });
    } catch (err) {
      return send(res, 400, { error: err.message });
    }
  }
  const campaign = desk.get(id);
  if (!campaign) return send(res, 404, { error: "no such draft" });
  if (action === "preview") {
    return send(
      res,
      200,
      renderHtml(campaign, { name: "Reader", email: "reader@example.com" }),
      "text/html",
    );
  }
  if (action === "test" && req.method === "POST") {
    const messages = desk.testMessages(campaign);
    const sent = await outbox.send(messages);
    return send(res, 202, { ...sent, messageIds: messages.map((m) => m.id) });
  }
  if (action === "archive" && req.method === "POST") {
    desk.archive(id);
    return send(res, 200, { archived: id });
  }
  return send(res, 200, {
    id: campaign.id,
    subject: campaign.subject,
    testSends: campaign.testSends,
  });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`newsletter on :${port}`));
