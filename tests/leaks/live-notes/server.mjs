import http from "node:http";
import { broadcast, openOutbox, openStreams, send } from "./outbox.mjs";
import { post, since } from "./backlog.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

let seq = 0;

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => raw += chunk);
    req.on("end", () => {
      try {
        resolve(JSON.parse(raw || "{}"));
      } catch (err) {
        reject(err);
      }
    });
  });
}

// Long-poll fallback of the note stream: replay what the client missed and end the response
// (browsers reconnect with ?since= the last seq they saw).
function stream(res, url) {
  const board = url.searchParams.get("board") ?? "general";
  const user = url.searchParams.get("user") ?? "anonymous";
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
  });
  const box = openOutbox(user, res);
  send(box, "hello", { stream: box.id, board });
  for (const note of since(board, Number(url.searchParams.get("since") ?? 0))) {
    send(box, "note", note);
  }
  res.end();
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return res.writeHead(200).end("ok");
  if (url.pathname === "/debug/streams") {
    return res.writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ open: openStreams() }));
  }
  if (url.pathname === "/stream" && req.method === "GET") return stream(res, url);
  if (url.pathname === "/notes" && req.method === "POST") {
    const body = await readJson(req);
    const note = post(body.board ?? "general", {
      seq: ++seq,
      author: String(body.author ?? "anonymous"),
      text: String(body.text ?? "").slice(0, 500),
    });
    const delivered = broadcast("note", note);
    return res.writeHead(201, { "content-type": "application/json" })
      .end(JSON.stringify({ seq: note.seq, delivered }));
  }
  res.writeHead(404).end();
});

server.listen(port, "127.0.0.1", () => console.log(`live notes listening on 127.0.0.1:${port}`));
