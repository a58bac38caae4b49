import http from "node:http";
import { renderReminder } from "./reminders.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(payload);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.url === "/healthz") return send(res, 200, { ok: true });
    if (req.url === "/reminders/preview" && req.method === "POST") {
      const b = await readJson(req);
      if (!b.invoice || !b.name) return send(res, 400, { error: "invoice and name are required" });
      return send(res, 200, renderReminder({ currency: "EUR", lang: "en", ...b }));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 400, { error: String(err.message) });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`message catalog on 127.0.0.1:${port}`));
