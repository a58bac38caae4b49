import http from "node:http";
import { Broker } from "./broker.mjs";
import { FixError, leaderboard, recordFix } from "./fleet.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const broker = new Broker({ queueSize: 4 });

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new FixError(400, "body is not JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/leaderboard") return send(res, 200, leaderboard());
  if (url.pathname === "/stats") return send(res, 200, broker.stats());

  if (url.pathname === "/fixes" && req.method === "POST") {
    const fix = recordFix(await readJson(req));
    broker.publish(fix);
    return send(res, 202, { accepted: true });
  }

  if (url.pathname === "/subscriptions" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.id) throw new FixError(400, "subscription id required");
    const sub = broker.subscribe(String(body.id), { boats: body.boats, client: body.client });
    return send(res, 201, { id: sub.id, openedAt: sub.openedAt });
  }

  if (parts[0] === "subscriptions" && parts[1]) {
    const id = parts[1];
    if (parts[2] === "fixes" && req.method === "GET") {
      const max = Number(url.searchParams.get("max") ?? 4);
      const fixes = broker.poll(id, max);
      return fixes ? send(res, 200, fixes) : send(res, 404, { error: "no such subscription" });
    }
    if (parts[2] === "close" && req.method === "POST") {
      const closed = broker.close(id);
      return closed ? send(res, 200, closed) : send(res, 404, { error: "no such subscription" });
    }
  }

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof FixError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`race tracker on :${port}`));
