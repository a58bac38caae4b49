const http = require("node:http");
const { submit, statsFor } = require("./intake.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3121;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

const INTAKE = /^\/t\/([\w-]+)\/intake(\/stats)?$/;

http.createServer((req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  const m = pathname.match(INTAKE);
  if (!m) return send(res, 404, { error: "not found" });
  if (m[2]) return send(res, 200, statsFor(m[1]));
  if (req.method !== "POST") return send(res, 405, { error: "POST a submission" });
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    let data;
    try {
      data = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(res, 400, { error: "invalid JSON" });
    }
    const out = submit(m[1], data);
    send(res, out.status, out.body);
  });
}).listen(port, "127.0.0.1", () => console.log(`intake forms on 127.0.0.1:${port}`));
