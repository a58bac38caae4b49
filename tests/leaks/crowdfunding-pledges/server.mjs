import http from "node:http";
import { confirm, findCampaign, pledge, summary } from "./lib/campaigns.mjs";
import { KeyedQueue } from "./lib/keyed-queue.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4410;

// One queue for all pledge edits, keyed by campaign and backer.
const backerQueue = new KeyedQueue();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  const pledgeMatch = /^\/campaigns\/([\w-]+)\/pledges$/.exec(url.pathname);
  if (pledgeMatch && req.method === "POST") {
    const campaign = findCampaign(pledgeMatch[1]);
    if (!campaign) return send(res, 404, { error: "no such campaign" });
    const body = await readJson(req);
    if (!/^[\w.-]{2,64}$/.test(String(body.backer))) return send(res, 422, { error: "backer" });
    const amountCents = Math.round(Number(body.amount) * 100);
    const result = await backerQueue.run(
      `${campaign.id}:${body.backer}`,
      () => pledge(campaign, { ...body, amountCents }),
    );
    return send(res, 201, result);
  }
  const confirmMatch = /^\/campaigns\/([\w-]+)\/pledges\/([\w.-]{2,64})\/confirm$/.exec(
    url.pathname,
  );
  if (confirmMatch && req.method === "POST") {
    const campaign = findCampaign(confirmMatch[1]);
    if (!campaign) return send(res, 404, { error: "no such campaign" });
    const backer = confirmMatch[2];
    const receipt = await backerQueue.run(
      `${campaign.id}:${backer}`,
      () => confirm(campaign, backer),
    );
    return send(res, 200, receipt);
  }
  const campaignMatch = /^\/campaigns\/([\w-]+)$/.exec(url.pathname);
  if (campaignMatch && req.method === "GET") {
    const campaign = findCampaign(campaignMatch[1]);
    return campaign ? send(res, 200, summary(campaign)) : send(res, 404, { error: "not found" });
  }
  if (url.pathname === "/queue") return send(res, 200, backerQueue.stats);
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`crowdfunding-pledges on 127.0.0.1:${port}`));
