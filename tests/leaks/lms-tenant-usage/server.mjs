import http from "node:http";
import { ApiError, count, courses, enrol, getSchool, onboard } from "./schools.mjs";
import { meteringStats, record, usageOf } from "./metering.mjs";
import { offboard } from "./offboarding.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  const actor = String(req.headers["x-staff"] ?? "system");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/ops/stats") {
    return send(res, 200, { schools: count(), ...meteringStats() });
  }
  if (url.pathname === "/schools" && req.method === "POST") {
    return send(res, 201, onboard(await readJson(req)));
  }
  if (parts[0] === "schools" && parts[1]) {
    if (parts[2] === "offboard" && req.method === "POST") {
      return send(res, 200, offboard(parts[1], actor));
    }
    const school = getSchool(parts[1]);
    if (parts[2] === "courses") {
      record(school, "api_calls", 1, actor);
      return send(res, 200, courses());
    }
    if (parts[2] === "learners" && req.method === "POST") {
      const learner = await readJson(req);
      const total = enrol(school, learner);
      record(school, "learners", 1, actor);
      return send(res, 201, { school: school.id, learners: total });
    }
    if (parts[2] === "usage") return send(res, 200, usageOf(school.id));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ApiError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`lms usage on :${port}`));
