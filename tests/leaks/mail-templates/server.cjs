"use strict";

const http = require("node:http");
const { render } = require("./renderer.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

let sent = 0;

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true, sent });
  const m = /^\/emails\/(\w+)$/.exec(url.pathname);
  if (!m) return sendJson(res, 404, { error: "not found" });
  try {
    const data = await readJson(req);
    const mail = render(m[1], data);
    if (req.method === "POST" && url.searchParams.get("preview") !== "1") sent++;
    sendJson(res, 200, { to: data.email, subject: mail.subject, bytes: mail.html.length });
  } catch (err) {
    sendJson(res, err.status ?? 400, { error: err.message });
  }
}).listen(port, "127.0.0.1", () => console.log(`mailer listening on 127.0.0.1:${port}`));
