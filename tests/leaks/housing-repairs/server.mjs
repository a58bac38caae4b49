import http from "node:http";
import { LiveHub } from "./hub.mjs";
import { openEventStream } from "./sse.mjs";
import * as repairs from "./repairs.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const hub = new LiveHub();
const { RepairError } = repairs;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new RepairError(400, "bad JSON");
  }
}

function streamEvents(req, res, url, ref) {
  const room = hub.room(ref);
  if (!room) return send(res, 404, { error: `no live room for ${ref}` });
  const after = Number(req.headers["last-event-id"] ?? url.searchParams.get("after") ?? 0);
  const stream = openEventStream(req, res);
  hub.join(room);
  const unfollow = hub.follow(room, (event) => stream.send(event));
  stream.onClose(() => {
    unfollow();
    hub.leave(room);
  });
  for (const event of room.events) if (event.id > after) stream.send(event);
  if (url.searchParams.has("catchup")) {
    // the repairs board polls for what it missed; it does not stay connected
    unfollow();
    hub.leave(room);
    stream.end();
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://repairs.local");
  const [top, ref, sub] = url.pathname.split("/").filter(Boolean);
  const agent = req.headers["x-agent"] ?? "unknown";

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/board") {
    return send(res, 200, { ...repairs.board(), viewing: hub.presence() });
  }
  if (top !== "repairs") return send(res, 404, { error: "not found" });

  if (!ref && req.method === "POST") {
    const ticket = repairs.raise(await readJson(req), agent);
    hub.open(ticket.ref, `${ticket.category}: ${ticket.address}`);
    hub.publish(ticket.ref, "reported", ticket);
    return send(res, 201, { ref: ticket.ref, dueBy: ticket.dueBy });
  }
  if (ref && !sub && req.method === "GET") return send(res, 200, repairs.get(ref));
  if (ref && !sub && req.method === "PATCH") {
    const ticket = repairs.update(ref, await readJson(req));
    hub.publish(ref, "updated", { status: ticket.status, appointment: ticket.appointment });
    return send(res, 200, ticket);
  }
  if (ref && sub === "notes" && req.method === "POST") {
    const note = repairs.addNote(ref, (await readJson(req)).text, agent);
    hub.publish(ref, "note", note);
    return send(res, 201, note);
  }
  if (ref && sub === "events" && req.method === "GET") return streamEvents(req, res, url, ref);
  if (ref && sub === "complete" && req.method === "POST") {
    const summary = repairs.complete(ref, await readJson(req));
    hub.publish(ref, "completed", summary);
    hub.close(ref);
    return send(res, 200, summary);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof RepairError)) console.error(err);
    if (!res.headersSent) {
      send(res, err instanceof RepairError ? err.status : 500, { error: err.message });
    }
  });
}).listen(port, "127.0.0.1");
