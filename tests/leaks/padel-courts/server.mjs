import http from "node:http";
import { route } from "./routes.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

function send(res, status, body) {
  if (body === undefined) return res.writeHead(status).end();
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    const body = req.method === "POST" ? await readJson(req) : undefined;
    const result = route(req.method, url, body);
    send(res, result.status, result.body);
  } catch (err) {
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    if (!err.status) console.error(err);
    send(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`padel bookings on 127.0.0.1:${port}`));
