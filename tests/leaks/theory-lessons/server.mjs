import { createServer } from "node:http";
import { progressFor, recordHeartbeat } from "./progress.mjs";
import { lessonById } from "./lessons.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw || "{}");
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  // /learners/:learner/lessons/:lesson/heartbeat and /learners/:learner/lessons/:lesson
  if (parts[0] === "learners" && parts[2] === "lessons") {
    const lesson = lessonById(parts[3]);
    if (!lesson) return send(res, 404, { error: "unknown lesson" });
    if (parts[4] === "heartbeat" && req.method === "POST") {
      const body = await readJson(req);
      if (!body) return send(res, 400, { error: "bad json" });
      const result = recordHeartbeat(parts[1], lesson, body);
      if (result.error) return send(res, 422, result);
      return send(res, 200, result);
    }
    if (parts.length === 4 && req.method === "GET") {
      return send(res, 200, progressFor(parts[1], lesson));
    }
  }
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`theory-lessons on ${port}`));
