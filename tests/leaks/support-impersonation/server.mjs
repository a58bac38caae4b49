import http from "node:http";
import { agentFor, customerOrders, customerProfile } from "./customers.mjs";
import {
  activeFor,
  activeImpersonations,
  endImpersonation,
  requestLog,
  startImpersonation,
} from "./impersonation.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let data = "";
  for await (const chunk of req) data += chunk;
  try {
    return data ? JSON.parse(data) : {};
  } catch {
    return {};
  }
}

async function route(req, url, agent) {
  if (req.method === "POST" && url.pathname === "/impersonations") {
    const { customer, reason } = await readJson(req);
    if (typeof customer !== "string" || typeof reason !== "string" || !reason) {
      return [400, { error: "customer and reason are required" }];
    }
    const session = startImpersonation(agent.id, customer, reason);
    return [201, { customer, startedAt: new Date(session.startedAt).toISOString() }];
  }
  const end = /^\/impersonations\/([\w-]+)\/end$/.exec(url.pathname);
  if (req.method === "POST" && end) {
    const summary = endImpersonation(agent.id, end[1]);
    return summary ? [200, summary] : [404, { error: "no active impersonation" }];
  }
  const customer = /^\/customers\/([\w-]+)\/(profile|orders)$/.exec(url.pathname);
  if (req.method === "GET" && customer) {
    const actingAs = req.headers["x-act-as"];
    if (actingAs !== customer[1] || !activeFor(agent.id, customer[1])) {
      return [403, { error: "start an impersonation of this customer first" }];
    }
    return [
      200,
      customer[2] === "profile" ? customerProfile(customer[1]) : customerOrders(customer[1]),
    ];
  }
  if (req.method === "GET" && url.pathname === "/impersonations") {
    return [200, { active: [...activeImpersonations.keys()] }];
  }
  return [404, { error: "not found" }];
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let status = 200;
  let body = { ok: true };
  const agent = agentFor(req.headers.authorization);
  try {
    if (url.pathname !== "/healthz") {
      [status, body] = agent ? await route(req, url, agent) : [401, { error: "unauthenticated" }];
    }
  } catch (err) {
    [status, body] = [500, { error: String(err) }];
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
  if (agent) {
    requestLog.emit("request", {
      at: Date.now(),
      agent: agent.id,
      actingAs: req.headers["x-act-as"] ?? null,
      method: req.method,
      path: url.pathname,
      status,
    });
  }
}).listen(port, "127.0.0.1");
