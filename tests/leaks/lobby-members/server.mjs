import http from "node:http";
import { count, join, leave } from "./presence.mjs";

const port = Number(process.argv.find((a) => a.startsWith("--port="))?.slice(7) ?? 8080);

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const lobby = url.searchParams.get("lobby") ?? "Main";
  const user = url.searchParams.get("user");
  const send = (status, body) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === "/healthz") return send(200, { ok: true });
  if (req.method === "POST" && url.pathname === "/join" && user) {
    const members = join(lobby, {
      id: user,
      name: `Player ${user}`,
      joinedAt: new Date().toISOString(),
      platform: req.headers["user-agent"] ?? "unknown",
    });
    return send(200, { lobby, members });
  }
  if (req.method === "POST" && url.pathname === "/leave" && user) {
    return send(200, { left: leave(lobby, user) });
  }
  if (url.pathname === "/count") return send(200, { lobby, members: count(lobby) });
  send(404, { error: "not found" });
}).listen(port, "127.0.0.1");
