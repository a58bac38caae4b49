import http from "node:http";
import { auditLog } from "./audit.mjs";
import { brokerStats } from "./broker.mjs";
import { board, CharterError, confirm, enquire, hold, quote } from "./charters.mjs";
import { FLEET } from "./fleet.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new CharterError(400, "body must be JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [section, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/fleet") {
    return send(
      res,
      200,
      [...FLEET.values()].map((y) => ({ id: y.id, name: y.name, base: y.base })),
    );
  }
  if (url.pathname === "/board") {
    return send(res, 200, { ...board(), broker: brokerStats(), audit: auditLog() });
  }
  if (section === "enquiries") {
    if (!id && req.method === "POST") return send(res, 201, enquire(await readJson(req)));
    if (id && action === "quote" && req.method === "GET") return send(res, 200, quote(id));
    if (id && action === "hold" && req.method === "POST") return send(res, 200, await hold(id));
    if (id && action === "confirm" && req.method === "POST") {
      return send(res, 200, await confirm(id));
    }
  }
  return send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof CharterError)) console.error(err);
    send(res, err instanceof CharterError ? err.status : 500, { error: err.message });
  });
});
server.listen(port, "127.0.0.1", () => console.log(`charters on :${port}`));

// checks in progress are cancelled by the shutdown signal (availability.mjs); then we go
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 50);
});
