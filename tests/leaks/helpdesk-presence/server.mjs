import http from "node:http";
import { readJson, send } from "./body.mjs";
import { heartbeat, join, leave, presenceStats, viewersOf } from "./presence.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4911;

const AGENTS = new Map([
  ["a-17", { id: "a-17", name: "Sam de Wit", team: "billing" }],
  ["a-23", { id: "a-23", name: "Priya Raman", team: "billing" }],
  ["a-31", { id: "a-31", name: "Jonas Berg", team: "tier-2" }],
]);
const tickets = new Map(
  [4471, 4472, 4473].map((n) => [`T-${n}`, { id: `T-${n}`, subject: `Refund request #${n}` }]),
);

async function route(req, res, url) {
  const m = /^\/tickets\/(T-\d+)(?:\/(viewers|heartbeat))?$/.exec(url.pathname);
  if (m) {
    const ticket = tickets.get(m[1]);
    if (!ticket) return send(res, 404, { error: "no such ticket" });
    if (m[2] === "viewers" && req.method === "POST") {
      const b = await readJson(req);
      const agent = AGENTS.get(String(b.agent));
      if (!agent || !b.tab) return send(res, 422, { error: "agent and tab required" });
      join(ticket.id, String(b.tab), agent, String(req.headers["user-agent"] ?? ""));
      return send(res, 201, {
        ticket: ticket.id,
        alsoViewing: viewersOf(ticket.id, String(b.tab)),
      });
    }
    if (m[2] === "heartbeat" && req.method === "POST") {
      const b = await readJson(req);
      if (!heartbeat(ticket.id, String(b.tab), b.composing)) {
        return send(res, 410, { error: "not viewing; join again" });
      }
      return send(res, 200, { alsoViewing: viewersOf(ticket.id, String(b.tab)) });
    }
    if (!m[2]) return send(res, 200, { ...ticket, viewers: viewersOf(ticket.id) });
  }
  // navigator.sendBeacon() from the desk's pagehide handler: {"ticket": "...", "tab": "..."}.
  if (url.pathname === "/presence/leave" && req.method === "POST") {
    const b = await readJson(req);
    leave(String(b.ticket), String(b.tab));
    return send(res, 204);
  }
  if (url.pathname === "/status") return send(res, 200, presenceStats());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, err.status ?? 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`helpdesk-presence on 127.0.0.1:${port}`));
