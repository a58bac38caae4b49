import http from "node:http";
import { getDeployment, listDeployments, startDeployment } from "./deployments.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const SERVICES = new Set(["api", "web", "worker", "billing"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body, (key, value) => (key === "poller" ? undefined : value)));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/deployments" && req.method === "GET") {
    return send(res, 200, listDeployments());
  }

  if (url.pathname === "/deployments" && req.method === "POST") {
    const body = await readJson(req).catch(() => null);
    if (!body || !SERVICES.has(body.service)) return send(res, 400, { error: "unknown service" });
    if (!/^v\d+\.\d+\.\d+$/.test(body.version ?? "")) {
      return send(res, 400, { error: "version must be vX.Y.Z" });
    }
    return send(res, 202, startDeployment(body.service, body.version, body.requestedBy));
  }

  if (url.pathname.startsWith("/deployments/") && req.method === "GET") {
    const deployment = getDeployment(url.pathname.slice("/deployments/".length));
    return deployment
      ? send(res, 200, deployment)
      : send(res, 404, { error: "unknown deployment" });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`deploy status listening on 127.0.0.1:${port}`));
