import http from "node:http";
import { MonitorRegistry } from "./monitors.mjs";
import { CheckScheduler } from "./scheduler.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const registry = new MonitorRegistry();
const scheduler = new CheckScheduler(registry);

for (
  const m of [
    {
      id: "acme-web",
      name: "Acme storefront",
      url: "https://shop.acme.example/",
      owner: "acme",
      intervalSec: 180,
    },
    {
      id: "acme-api",
      name: "Acme API",
      url: "https://api.acme.example/health",
      owner: "acme",
      simulate: "flaky",
    },
    {
      id: "birch-blog",
      name: "Birch & Co blog",
      url: "https://blog.birch.example/",
      owner: "birch",
      keyword: "Birch",
      intervalSec: 300,
    },
  ]
) scheduler.start(registry.add(m));

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
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

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function view(monitor) {
  const latest = registry.latest(monitor.id);
  return {
    id: monitor.id,
    name: monitor.name,
    url: monitor.url,
    up: latest ? latest.up : null,
    lastCheck: latest?.at ?? null,
    nextCheck: scheduler.nextCheck(monitor.id),
  };
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [, kind, id, action] = url.pathname.split("/");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, scheduler.stats());

  if (kind === "monitors" && !id && req.method === "POST") {
    try {
      const monitor = registry.add(await readJson(req));
      scheduler.start(monitor);
      return send(res, 201, view(monitor));
    } catch (err) {
      return send(res, 400, { error: err.message });
    }
  }
  if (kind === "monitors" && id) {
    const monitor = registry.get(id);
    if (!monitor) return send(res, 404, { error: "no such monitor" });
    if (action === "check" && req.method === "POST") {
      const result = await scheduler.checkNow(monitor);
      return send(res, 200, {
        up: result.up,
        status: result.status,
        regions: result.regions.map((r) => ({ region: r.region, ms: r.firstByteMs })),
        nextCheck: scheduler.nextCheck(id),
      });
    }
    return send(res, 200, view(monitor));
  }
  if (kind === "status-pages" && id) {
    const monitors = registry.all().filter((m) => m.owner === id);
    if (!monitors.length) return send(res, 404, { error: "no such page" });
    return send(res, 200, { monitors: monitors.map(view), incidents: registry.incidents(id) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`uptime checks on :${port}`));
