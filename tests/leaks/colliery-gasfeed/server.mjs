import http from "node:http";
import { feedStatus, receive } from "./feeds.mjs";
import { alarmList, FeedError, outstationView } from "./gas.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readText(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/alarms") return send(res, 200, alarmList());
  if (url.pathname === "/links") return send(res, 200, feedStatus());
  if (parts[0] === "outstations" && parts[1] && parts[2] === "stream" && req.method === "POST") {
    const text = await readText(req);
    receive(parts[1], text);
    return send(res, 202, { bytes: Buffer.byteLength(text) });
  }
  if (parts[0] === "outstations" && parts[1] && !parts[2]) {
    return send(res, 200, outstationView(parts[1]));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof FeedError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`colliery gas feed on :${port}`));
