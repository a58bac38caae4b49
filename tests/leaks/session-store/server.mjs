import http from "node:http";
import { handleLogin, handleLogout, handleMe } from "./auth.mjs";
import { readJson, sendJson } from "./http_util.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const server = http.createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url, "http://localhost");
    if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
    if (pathname === "/login" && req.method === "POST") {
      return handleLogin(req, res, await readJson(req));
    }
    if (pathname === "/logout" && req.method === "POST") return handleLogout(req, res);
    if (pathname === "/me" && req.method === "GET") return handleMe(req, res);
    sendJson(res, 404, { error: "not found" });
  } catch (err) {
    sendJson(res, err.status ?? 500, { error: err.expose ? err.message : "internal error" });
  }
});

server.listen(
  port,
  "127.0.0.1",
  () => console.log(`session service listening on 127.0.0.1:${port}`),
);
