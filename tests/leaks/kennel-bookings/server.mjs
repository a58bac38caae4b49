import http from "node:http";
import { overview, requestStay } from "./stays.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4934;

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

async function route(req, res, url) {
  if (url.pathname === "/stays" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.stayId || !body.dog?.name || !Array.isArray(body.dog.vaccinations)) {
      return send(res, 422, { error: "stayId and dog (name, vaccinations) are required" });
    }
    const nights = Math.min(28, Math.max(1, Number(body.nights) || 1));
    const flowId = requestStay({ stayId: String(body.stayId), dog: body.dog, nights });
    return send(res, 202, { stayId: body.stayId, flowId });
  }
  if (url.pathname === "/stays/overview" && req.method === "GET") {
    return send(res, 200, overview());
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    console.error(err);
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`kennel-bookings on 127.0.0.1:${port}`));
