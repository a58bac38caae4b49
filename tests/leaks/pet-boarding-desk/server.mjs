import http from "node:http";
import { RunBoard } from "./runs.mjs";
import { bookStay } from "./bookings.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const board = new RunBoard({ run: 24, pen: 10 });
const counters = { booked: 0, refused: 0, checkedIn: 0, checkedOut: 0 };
const lastRefusals = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [, first, ref, action] = url.pathname.split("/");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/board") return send(res, 200, board.board());
  if (url.pathname === "/stats") return send(res, 200, { ...counters, lastRefusals });

  if (first === "stays" && !ref && req.method === "POST") {
    const body = await readJson(req);
    try {
      const stay = await bookStay(board, body);
      counters.booked++;
      return send(res, 201, { ref: stay.ref, run: stay.run });
    } catch (err) {
      if (!err.status) throw err;
      counters.refused++;
      lastRefusals.unshift({ ref: body.ref, reason: err.message });
      if (lastRefusals.length > 20) lastRefusals.pop();
      return send(res, err.status, { error: err.message, lapsed: err.lapsed });
    }
  }
  if (first === "stays" && ref && action === "check-in" && req.method === "POST") {
    const stay = board.stay(ref);
    if (!stay) return send(res, 404, { error: "no such stay" });
    stay.status = "in";
    stay.checkedInAt = new Date().toISOString();
    counters.checkedIn++;
    return send(res, 200, { ref, run: stay.run });
  }
  if (first === "stays" && ref && action === "check-out" && req.method === "POST") {
    const stay = board.checkOut(ref);
    if (!stay) return send(res, 404, { error: "no such stay" });
    counters.checkedOut++;
    return send(res, 200, { ref, pet: stay.pet.name });
  }
  if (first === "stays" && ref) {
    const stay = board.stay(ref);
    return stay ? send(res, 200, stay) : send(res, 404, { error: "no such stay" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`pet boarding desk on :${port}`));
