"use strict";

const http = require("node:http");
const jobs = require("./jobs.cjs");
const changes = require("./changes.cjs");
const { trucks } = require("./fleet.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// closed jobs keep their last version for the tracking page
const finalVersions = new Map();
const FINAL_KEEP = 50;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch {
        reject(new jobs.JobError(400, "body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

function rememberFinal(job) {
  finalVersions.set(job.id, changes.view(job));
  if (finalVersions.size > FINAL_KEEP) {
    finalVersions.delete(finalVersions.keys().next().value);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/control") {
    return send(res, 200, {
      trucks: [...trucks.values()],
      closed: jobs.closed.slice(0, 10),
      polling: changes.stats(),
    });
  }

  if (parts[0] !== "jobs") return send(res, 404, { error: "not found" });
  if (parts.length === 1 && req.method === "POST") {
    const job = jobs.open(await readJson(req));
    return send(res, 201, changes.view(job));
  }
  const id = parts[1];
  if (parts.length === 2 && req.method === "GET") {
    const job = jobs.find(id);
    if (job) return send(res, 200, { ...job });
    const final = finalVersions.get(id);
    return final ? send(res, 200, final) : send(res, 404, { error: `no job ${id}` });
  }
  if (parts.length === 2 && req.method === "PATCH") {
    const job = jobs.update(id, await readJson(req));
    return send(res, 200, changes.view(job));
  }
  if (parts[2] === "complete" && req.method === "POST") {
    const job = jobs.complete(id, await readJson(req));
    rememberFinal(job);
    return send(res, 200, changes.view(job));
  }
  if (parts[2] === "changes" && req.method === "GET") {
    const since = Number(url.searchParams.get("since") ?? 0);
    const job = jobs.find(id);
    if (job) return changes.wait(req, res, job, since);
    // closed: the page waits on the final version like any other
    const final = finalVersions.get(id);
    if (!final) return send(res, 404, { error: `no job ${id}` });
    return changes.wait(req, res, { ...final }, since);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof jobs.JobError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`tow dispatch on :${port}`));
