import http from "node:http";
import { queueStats, sendEmail } from "./outbox.mjs";
import { welcomeEmail } from "./templates.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || "{}");
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true, outbox: queueStats() });

  if (url.pathname === "/signups" && req.method === "POST") {
    const body = await readJson(req).catch(() => ({}));
    if (!EMAIL.test(body.email ?? "")) {
      return send(res, 400, { error: "a valid email is required" });
    }
    const name = String(body.name ?? "").slice(0, 80) || "there";
    // The account exists either way; the welcome mail goes out (or is retried) in the background.
    const delivery = await sendEmail(welcomeEmail(body.email, name));
    return send(res, 201, { email: body.email, welcomeMail: delivery });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`signup service listening on 127.0.0.1:${port}`));
