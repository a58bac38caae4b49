import { createServer } from "node:http";
import { book, cancel, collected, get, openCount, PickupError } from "./pickups.mjs";
import { recentSms, smsStats } from "./sms.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4749;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    throw new PickupError(400, "body must be JSON");
  }
}

const view = (p) => ({
  ref: p.ref,
  status: p.status,
  window: { from: new Date(p.window.from).toISOString(), to: new Date(p.window.to).toISOString() },
  parcels: p.parcels.length,
});

async function route(req, res, url) {
  if (url.pathname === "/pickups" && req.method === "POST") {
    return send(res, 201, view(book(await readJson(req))));
  }
  const one = /^\/pickups\/([\w-]+)(\/cancel|\/collected)?$/.exec(url.pathname);
  if (one && req.method === "GET" && !one[2]) return send(res, 200, view(get(one[1])));
  if (one && req.method === "POST" && one[2] === "/cancel") return send(res, 200, cancel(one[1]));
  if (one && req.method === "POST" && one[2] === "/collected") {
    const { scans } = await readJson(req);
    return send(res, 200, collected(one[1], Array.isArray(scans) ? scans : []));
  }
  if (url.pathname === "/ops" && req.method === "GET") {
    return send(res, 200, { open: openCount(), sms: smsStats, recent: recentSms() });
  }
  send(res, 404, { error: "not found" });
}

createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof PickupError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`courier-pickups on http://127.0.0.1:${port}`));
