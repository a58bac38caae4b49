import http from "node:http";
import { route } from "./routes.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const server = http.createServer(async (req, res) => {
  if (req.url === "/healthz") return res.writeHead(200).end("ok");
  try {
    await route(req, res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end('{"error":"internal error"}');
  }
});

server.listen(port, "127.0.0.1", () => console.log(`crm api listening on 127.0.0.1:${port}`));
