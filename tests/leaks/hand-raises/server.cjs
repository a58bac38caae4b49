"use strict";

const http = require("node:http");
const classroom = require("./classroom.cjs");

const { ClassroomError } = classroom;

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new ClassroomError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

function studentOf(req) {
  const student = req.headers["x-student"];
  if (!student) throw new ClassroomError(401, "x-student header required");
  return String(student);
}

async function handle(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });

  const [, root, code, action] = pathname.split("/");
  if (root !== "sessions" || !code) return send(res, 404, { error: "not found" });

  if (!action && req.method === "GET") return send(res, 200, classroom.view(code));
  if (req.method === "POST") {
    switch (action) {
      case "join":
        return send(res, 200, classroom.join(code, studentOf(req), await readJson(req)));
      case "hand":
        return send(res, 201, classroom.raiseHand(code, studentOf(req), await readJson(req)));
      case "lower":
        return send(res, 200, classroom.lower(code, studentOf(req)));
      case "leave":
        return send(res, 200, classroom.leave(code, studentOf(req)));
      case "next":
        return send(res, 200, classroom.callOnNext(code));
      case "slide":
        return send(res, 200, classroom.setSlide(code, (await readJson(req)).slide));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (!(err instanceof ClassroomError)) console.error(err);
    send(res, err instanceof ClassroomError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`classroom on :${port}`));
