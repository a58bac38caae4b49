import http from "node:http";
import { bus, chatNotifier, pluginInfo, registerPlugin } from "./plugins.mjs";
import { SlaPlugin } from "./sla.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3120;

const sla = new SlaPlugin();
registerPlugin(sla);
registerPlugin(chatNotifier);

// Stand-in for the tickets table: the dashboard only ever shows the latest 100.
const recent = new Map();
const KEEP = 100;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
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

const TICKET = /^\/tickets\/([\w-]+)(\/replies)?$/;

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true, plugins: pluginInfo() });
  if (pathname === "/tickets" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.ref || !body.subject) return send(res, 400, { error: "ref and subject required" });
    const ticket = {
      ref: body.ref,
      subject: body.subject,
      requester: body.requester,
      priority: body.priority ?? "normal",
      createdAt: new Date().toISOString(),
      replies: 0,
    };
    recent.set(ticket.ref, ticket);
    if (recent.size > KEEP) recent.delete(recent.keys().next().value);
    bus.emit("ticket.created", ticket);
    return send(res, 201, { ref: ticket.ref, dueAt: new Date(ticket.sla.dueAt).toISOString() });
  }
  const m = pathname.match(TICKET);
  if (m && m[2] && req.method === "POST") {
    const ticket = recent.get(m[1]);
    if (!ticket) return send(res, 404, { error: "no such ticket" });
    const body = await readJson(req);
    ticket.replies++;
    bus.emit("ticket.replied", {
      ticketRef: ticket.ref,
      author: body.author ?? {},
      at: Date.now(),
    });
    return send(res, 201, {
      ref: ticket.ref,
      replies: ticket.replies,
      firstResponseMs: ticket.sla.firstResponseMs,
    });
  }
  if (m && !m[2] && req.method === "GET") {
    const ticket = recent.get(m[1]);
    return ticket ? send(res, 200, ticket) : send(res, 404, { error: "no such ticket" });
  }
  if (pathname === "/sla") {
    return send(res, 200, { met: sla.met, breached: sla.breached, posted: chatNotifier.posted });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 400, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`helpdesk on 127.0.0.1:${port}`));
