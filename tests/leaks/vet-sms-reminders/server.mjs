import http from "node:http";
import { ReminderQueue } from "./reminders.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const queue = new ReminderQueue();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  if (!chunks.length) return {};
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/reminders" && req.method === "POST") {
    const r = await readJson(req);
    if (!r.appointment || !r.owner?.mobile || !r.pet?.name) {
      return send(res, 400, { error: "appointment, owner.mobile and pet.name required" });
    }
    return send(res, 202, await queue.enqueue(r));
  }

  if (parts[0] === "reminders" && parts[1] && parts[2] === "cancel" && req.method === "POST") {
    req.resume();
    return queue.cancel(parts[1])
      ? send(res, 200, { appointment: parts[1], cancelled: true })
      : send(res, 404, { error: "no reminder queued for that appointment" });
  }

  if (url.pathname === "/reminders/stats") return send(res, 200, queue.stats());

  req.resume();
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`vet reminders on :${port}`));
