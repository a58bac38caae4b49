import http from "node:http";
import { CutJob } from "./jobs.mjs";
import { machineRoom } from "./machines.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4962;

const MATERIALS = new Set(["plywood", "acrylic", "mdf", "leather", "cardboard"]);
const finished = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/jobs" && req.method === "POST") {
    const b = await readJson(req);
    if (!machineRoom.has(b.machine) || !MATERIALS.has(b.material) || !b.member) {
      return send(res, 422, { error: "member, a known machine and material required" });
    }
    const job = new CutJob({
      member: String(b.member),
      machine: b.machine,
      material: b.material,
      thicknessMm: Math.min(18, Math.max(1, Number(b.thicknessMm) || 3)),
      svg: String(b.svg ?? ""),
    });
    await job.run();
    finished.push({ id: job.id, member: job.member, state: job.state, at: job.finishedAt });
    if (finished.length > 30) finished.shift();
    return send(res, 201, job.summary());
  }
  const m = /^\/machines\/([\w-]+)\/status$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const b = await readJson(req);
    const machine = machineRoom.setStatus(m[1], String(b.status ?? "idle"), String(b.reason ?? ""));
    return machine ? send(res, 200, machine) : send(res, 404, { error: "no such machine" });
  }
  if (url.pathname === "/machines") {
    return send(res, 200, { machines: machineRoom.list(), recent: finished.slice(-5) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`makerspace-jobs on 127.0.0.1:${port}`));
