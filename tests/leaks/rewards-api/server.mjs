import http from "node:http";
import { deprecated, summary } from "./deprecations.mjs";
import { earn, findMember, offersFor } from "./members.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4631;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function profile(member, ctx, fields) {
  const body = {
    id: member.id,
    name: member.name,
    tier: member.tier,
    points: { available: member.points },
  };
  if (fields.includes("balance")) {
    deprecated(ctx, `"balance" is deprecated, read "points.available"`, {
      code: "RW001",
      since: "4.0",
    });
    body.balance = member.points;
  }
  return body;
}

async function route(req, res, url, ctx) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/admin/deprecations") return send(res, 200, summary());

  const m = /^\/members\/([\w-]+)(\/earn)?$/.exec(url.pathname);
  const member = m && findMember(m[1]);
  if (m && !member) return send(res, 404, { error: "no such member" });
  if (m && !m[2] && req.method === "GET") {
    const fields = (url.searchParams.get("fields") ?? "").split(",");
    return send(res, 200, profile(member, ctx, fields));
  }
  if (m && m[2] && req.method === "POST") {
    const b = await readJson(req);
    let amountCents = b.amountCents;
    if (amountCents === undefined && b.value !== undefined) {
      deprecated(ctx, `"value" is deprecated, send "amountCents"`, { code: "RW002", since: "4.2" });
      amountCents = b.value;
    }
    if (!Number.isInteger(amountCents) || amountCents <= 0) {
      return send(res, 422, { error: "amountCents must be a positive integer" });
    }
    const points = earn(member, { amountCents, store: b.store, receipt: b.receipt });
    return send(res, 201, { earned: points, points: { available: member.points } });
  }
  if (url.pathname === "/offers") {
    const who = findMember(url.searchParams.get("member") ?? "");
    if (!who) return send(res, 404, { error: "no such member" });
    return send(res, 200, offersFor(who));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const ctx = {
    method: req.method,
    path: url.pathname,
    requestId: req.headers["x-request-id"] ?? "-",
    client: req.headers["user-agent"] ?? "unknown client",
  };
  route(req, res, url, ctx).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`rewards-api on 127.0.0.1:${port}`));
