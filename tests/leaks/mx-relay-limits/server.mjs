import http from "node:http";
import { breakerCount, breakerState, DomainUnavailable, throughBreaker } from "./breaker.mjs";
import { slotStats, withDomainSlot } from "./limits.mjs";
import { admit, senderCount, SenderThrottled } from "./senders.mjs";
import { deliver, SmtpError } from "./smtp.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const recent = [];
const totals = { accepted: 0, deferred: 0, bounced: 0, throttled: 0 };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function byDomain(rcpts) {
  const groups = new Map();
  for (const rcpt of rcpts) {
    const domain = rcpt.split("@")[1]?.toLowerCase();
    if (!domain) continue;
    if (!groups.has(domain)) groups.set(domain, []);
    groups.get(domain).push(rcpt);
  }
  return groups;
}

async function relay(message) {
  const rcpts = Array.isArray(message.to) ? message.to.map(String) : [];
  if (!message.from || rcpts.length === 0) {
    return { status: 400, body: { error: "from and to are required" } };
  }
  try {
    admit(message.from, rcpts.length);
  } catch (err) {
    if (!(err instanceof SenderThrottled)) throw err;
    totals.throttled++;
    return { status: 429, body: { error: err.message } };
  }
  const results = [];
  for (const [domain, list] of byDomain(rcpts)) {
    try {
      const r = await withDomainSlot(
        domain,
        () => throughBreaker(domain, () => deliver(domain, { from: message.from, rcpt: list })),
      );
      totals.accepted += list.length;
      results.push({ domain, code: r.code, queueId: r.queueId });
    } catch (err) {
      if (err instanceof SmtpError) {
        totals.bounced += list.length;
        results.push({ domain, code: err.code, error: err.message });
      } else if (err instanceof DomainUnavailable) {
        totals.deferred += list.length;
        results.push({ domain, code: 451, error: err.message });
      } else throw err;
    }
  }
  recent.unshift({ from: message.from, subject: message.subject, results: results.length });
  if (recent.length > 20) recent.pop();
  return { status: 202, body: { results } };
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, {
      totals,
      breakers: breakerCount(),
      senders: senderCount(),
      ...slotStats(),
      recent: recent.slice(0, 5),
    });
  }
  if (url.pathname === "/messages" && req.method === "POST") {
    const { status, body } = await relay(await readJson(req));
    return send(res, status, body);
  }
  if (parts[0] === "domains" && parts[1]) {
    return send(res, 200, { domain: parts[1], state: breakerState(parts[1]) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`mx relay on :${port}`));
