import http from "node:http";
import { confirm, hold, HoldError, holdStats, shipments } from "./holds.mjs";
import { recentResults, recordCount, startTest, TestError, testStats } from "./tests.mjs";

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
  } catch (err) {
    throw new TestError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...testStats(), ...holdStats() });
  if (url.pathname === "/tests" && req.method === "POST") {
    return send(res, 201, await startTest(await readJson(req)));
  }
  if (parts[0] === "tests" && parts[2] === "counts" && req.method === "POST") {
    return send(res, 200, await recordCount(parts[1], await readJson(req)));
  }
  if (url.pathname === "/results") return send(res, 200, recentResults());
  if (url.pathname === "/requests" && req.method === "POST") {
    return send(res, 201, hold(await readJson(req)));
  }
  if (parts[0] === "requests" && parts[2] === "confirm" && req.method === "POST") {
    return send(res, 200, confirm(parts[1]));
  }
  if (url.pathname === "/shipments") return send(res, 200, shipments.slice(0, 10));
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof TestError || err instanceof HoldError ? err.status : 500;
    send(res, status, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`seed germination on :${port}`));
