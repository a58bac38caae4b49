"use strict";

const http = require("node:http");
const { planRuns, recentRuns } = require("./triggers.cjs");
const { readPipelines } = require("./repos.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

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
      } catch (err) {
        reject(new HttpError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

/** Every path a push touched, over all its commits. */
function changedFiles(push) {
  const out = new Set();
  for (const c of push.commits ?? []) {
    for (const f of [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]) out.add(f);
  }
  return [...out];
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/hooks/push" && req.method === "POST") {
    const push = await readJson(req);
    const repo = push.repository?.full_name;
    if (!repo || !push.after) throw new HttpError(400, "not a push payload");
    const planned = planRuns(repo, push.after, push.ref, changedFiles(push));
    if (planned === null) throw new HttpError(404, `no pipelines for ${repo}`);
    return send(res, 202, { runs: planned.map((r) => ({ id: r.id, pipeline: r.pipeline })) });
  }

  // GET /repos/:owner/:name/runs?pipeline=…
  if (parts[0] === "repos" && parts[3] === "runs") {
    const repo = `${parts[1]}/${parts[2]}`;
    return send(res, 200, recentRuns(repo, url.searchParams.get("pipeline")));
  }
  // GET /repos/:owner/:name/pipelines
  if (parts[0] === "repos" && parts[3] === "pipelines") {
    const pipelines = readPipelines(`${parts[1]}/${parts[2]}`, "HEAD");
    if (!pipelines) throw new HttpError(404, "no such repository");
    return send(res, 200, pipelines.map((p) => ({ name: p.name, paths: p.paths })));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HttpError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`monorepo triggers on :${port}`));
