import http from "node:http";
import { CollectorConnection } from "./collector.mjs";
import { Shipper } from "./shipper.mjs";
import { fromJson, fromSyslog } from "./records.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 5140;

const collector = new CollectorConnection({ url: "loopback:", maxFrameBytes: 6144 });
const shipper = new Shipper(collector, { maxBatchBytes: 4096, flushMs: 200 });

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text;
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/status") {
    return send(res, 200, {
      shipper: shipper.status(),
      collector: { stored: collector.stored, services: Object.fromEntries(collector.byService) },
    });
  }
  if (req.method === "POST" && (url.pathname === "/ingest" || url.pathname === "/syslog")) {
    const text = await readBody(req);
    const host = String(req.headers["x-agent-host"] ?? req.socket.remoteAddress);
    let records;
    if (url.pathname === "/syslog") {
      records = text.split("\n").filter(Boolean).map(fromSyslog);
    } else {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch {
        return send(res, 400, { error: "bad JSON" });
      }
      records = (Array.isArray(parsed) ? parsed : [parsed]).map((r) => fromJson(r, host));
    }
    const good = records.filter(Boolean);
    if (!shipper.push(good)) return send(res, 503, { error: "buffer full, back off" });
    return send(res, 202, { accepted: good.length, rejected: records.length - good.length });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`forwarder on :${port}`));
