import { createServer } from "node:http";
import { closePoll, openPoll, PollError, react, results, vote } from "./polls.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new PollError(400, "invalid JSON");
  }
}

async function handle(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  const [, root, id, action] = pathname.split("/");

  if (root === "classes" && id && req.method === "POST") {
    if (action === "polls") {
      const poll = openPoll(id, await readJson(req));
      return send(res, 201, { id: poll.id, options: poll.options });
    }
    if (action === "reactions") return send(res, 200, react(id, await readJson(req)));
  }
  if (root === "polls" && id) {
    if (action === "votes" && req.method === "POST") {
      return send(res, 200, vote(id, await readJson(req)));
    }
    if (action === "results" && req.method === "GET") return send(res, 200, results(id));
    if (action === "close" && req.method === "POST") {
      const summary = closePoll(id);
      return summary ? send(res, 200, summary) : send(res, 404, { error: "no such poll" });
    }
  }
  send(res, 404, { error: "not found" });
}

createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (!(err instanceof PollError)) console.error(err);
    send(res, err instanceof PollError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`clicker polls on :${port}`));
