"use strict";
const http = require("node:http");
const { select } = require("./db.cjs");
const { loansPage, openCursorCount } = require("./cursors.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3302;

async function route(req, url) {
  const loans = /^\/members\/([\w-]+)\/loans$/.exec(url.pathname);
  if (req.method === "GET" && loans) {
    const [member] = await select("members", { id: loans[1] });
    if (!member) return [404, { error: `no member ${loans[1]}` }];
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) | 0);
    const session = req.headers["x-session"] ?? req.socket.remoteAddress;
    return [200, await loansPage(session, member.id, page)];
  }
  if (req.method === "GET" && url.pathname === "/healthz") {
    return [200, { ok: true, openCursors: openCursorCount() }];
  }
  return [404, { error: "not found" }];
}

http.createServer(async (req, res) => {
  let status;
  let body;
  try {
    [status, body] = await route(req, new URL(req.url, "http://localhost"));
  } catch (err) {
    [status, body] = [500, { error: err.message }];
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}).listen(port, "127.0.0.1", () => console.log(`library api on 127.0.0.1:${port}`));
