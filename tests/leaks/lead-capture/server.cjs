"use strict";

const http = require("node:http");
const { validate } = require("formcheck");
const { getCampaign, leadSchema } = require("./campaigns.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4470;

const RECENT_LEADS = 20;
const recentLeads = [];
const stats = new Map();

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function count(campaignId, outcome) {
  let s = stats.get(campaignId);
  if (!s) stats.set(campaignId, s = { accepted: 0, rejected: 0 });
  s[outcome]++;
}

async function submitLead(req, res, campaignId) {
  const campaign = getCampaign(campaignId);
  if (!campaign) return send(res, 404, { error: `no campaign ${campaignId}` });
  const lead = await readJson(req);
  if (lead === undefined) return send(res, 400, { error: "body must be JSON" });

  const result = validate(leadSchema(campaign), lead);
  if (!result.valid) {
    count(campaign.id, "rejected");
    return send(res, 422, { errors: result.errors });
  }
  count(campaign.id, "accepted");
  recentLeads.push({ campaign: campaign.id, email: lead.email, at: new Date().toISOString() });
  if (recentLeads.length > RECENT_LEADS) recentLeads.shift();
  send(res, 201, { ok: true, campaign: campaign.id, owner: campaign.owner });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    const m = /^\/campaigns\/([\w-]+)\/leads$/.exec(url.pathname);
    if (m && req.method === "POST") return await submitLead(req, res, m[1]);
    const s = /^\/campaigns\/([\w-]+)\/stats$/.exec(url.pathname);
    if (s) return send(res, 200, stats.get(s[1]) || { accepted: 0, rejected: 0 });
    if (url.pathname === "/leads/recent") return send(res, 200, recentLeads);
    send(res, 404, { error: "not found" });
  } catch (err) {
    console.error(err);
    if (!res.headersSent) send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`lead-capture on 127.0.0.1:${port}`));
