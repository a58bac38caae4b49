"use strict";

const http = require("node:http");
const {
  activity,
  closeTicket,
  closed,
  comment,
  getTicket,
  openTicket,
  TicketError,
} = require("./tickets.cjs");
const { startTyping, typingOn } = require("./typing.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch {
        reject(new TicketError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const parts = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/activity") return send(res, 200, { activity: activity.slice(0, 15), closed });
  if (pathname === "/tickets" && req.method === "POST") {
    const ticket = openTicket(await readJson(req));
    return send(res, 201, { id: ticket.id });
  }
  if (parts[0] !== "tickets" || !parts[1]) return send(res, 404, { error: "not found" });
  const ticket = getTicket(parts[1]);
  if (parts.length === 2 && req.method === "GET") {
    return send(res, 200, { ...ticket, typing: typingOn(ticket.id) });
  }
  if (parts[2] === "typing" && req.method === "POST") {
    const { agent } = await readJson(req);
    if (!agent) throw new TicketError(400, "agent is required");
    startTyping(ticket.id, agent);
    return send(res, 202, { typing: typingOn(ticket.id) });
  }
  if (parts[2] === "comments" && req.method === "POST") {
    return send(res, 201, { comments: comment(ticket, await readJson(req)) });
  }
  if (parts[2] === "close" && req.method === "POST") {
    const { by } = await readJson(req);
    closeTicket(ticket, by ?? "unknown");
    return send(res, 200, { closed: ticket.id });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof TicketError ? err.status : 500;
    if (status === 500) console.error(err);
    send(res, status, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`helpdesk on :${port}`));
