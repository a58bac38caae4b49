"use strict";

const http = require("node:http");
const crypto = require("node:crypto");
const { branch: branchOf } = require("./branches.cjs");
const repairs = require("./repairs.cjs");
const parts = require("./parts.cjs");
const metrics = require("./metrics.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readJson(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        resolve(null);
      }
    });
  });
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return ["/healthz", 200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/metrics") {
    return ["/metrics", 200, metrics.render()];
  }
  if (req.method === "POST" && url.pathname === "/parts/deliveries") {
    const body = await readJson(req);
    if (!body?.part || !(body.qty >= 1)) return ["/parts/deliveries", 422, { error: "part, qty" }];
    parts.receive(body.part, body.qty, body.supplier ?? "unknown");
    return ["/parts/deliveries", 200, { received: body.part }];
  }

  const m = /^\/branches\/([\w-]+)\/repairs(?:\/([\w-]+)(?:\/(estimate|collect))?)?$/.exec(
    url.pathname,
  );
  if (!m) return ["unmatched", 404, { error: "not found" }];
  const template = `/branches/:branch/repairs${m[2] ? "/:id" : ""}${m[3] ? `/${m[3]}` : ""}`;
  const branch = branchOf(m[1]);
  if (!branch) return [template, 404, { error: "no such branch" }];
  branch.lastActivityAt = Date.now();

  if (!m[2]) {
    if (req.method === "GET") return [template, 200, repairs.overview()];
    if (req.method !== "POST") return [template, 405, { error: "method not allowed" }];
    const body = await readJson(req);
    if (!body || !/^W-\w+$/.test(body.id ?? "") || !body.watch?.brand) {
      return [template, 422, { error: "id and watch" }];
    }
    const result = repairs.intake(branch, body);
    return result.error ? [template, 409, result] : [template, 201, repairs.view(result.repair)];
  }
  const repair = repairs.find(m[2]);
  if (!repair || repair.branch !== branch.id) return [template, 404, { error: "no such repair" }];
  if (!m[3]) return [template, 200, repairs.view(repair)];
  if (req.method !== "POST") return [template, 405, { error: "method not allowed" }];
  if (m[3] === "estimate") {
    const body = await readJson(req);
    if (!Array.isArray(body?.parts) || !(body.labourMinutes > 0)) {
      return [template, 422, { error: "parts, labourMinutes" }];
    }
    return [template, 200, repairs.view(repairs.estimate(branch, repair, body))];
  }
  return [template, 200, repairs.view(repairs.collect(branch, repair))];
}

http.createServer(async (req, res) => {
  const started = process.hrtime.bigint();
  let template = "error";
  let status = 500;
  let body = { error: "internal error" };
  try {
    [template, status, body] = await route(req, new URL(req.url, "http://localhost"));
  } catch (err) {
    console.error(err);
  }
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": typeof body === "string" ? "text/plain" : "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
  const traceId = crypto.randomBytes(16).toString("hex");
  metrics.observe(template, Number(process.hrtime.bigint() - started) / 1e9, traceId);
}).listen(port, "127.0.0.1", () => console.log(`watch repairs on 127.0.0.1:${port}`));
