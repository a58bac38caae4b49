import { createServer } from "node:http";
import { cancel, checkIn, classView, reserve } from "./bookings.mjs";
import { isDate } from "./dates.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (parts[0] === "classes" && isDate(parts[1] ?? "")) {
    const hour = Number(parts[2]);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) return send(res, 400, { error: "hour" });
    if (parts[3] === "reservations" && req.method === "POST") {
      const body = await readJson(req);
      if (!body?.id) return send(res, 400, { error: "id required" });
      const out = reserve(parts[1], hour, body);
      return send(res, out.status, out.body);
    }
    if (parts.length === 3 && req.method === "GET") {
      return send(res, 200, classView(parts[1], hour));
    }
  }

  if (parts[0] === "reservations" && parts[1] && req.method === "POST") {
    const out = parts[2] === "cancel"
      ? cancel(parts[1])
      : parts[2] === "check-in"
      ? checkIn(parts[1])
      : { status: 404, body: { error: "not found" } };
    return send(res, out.status, out.body);
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`yoga-timetable on ${port}`));
