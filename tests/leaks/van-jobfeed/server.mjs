import http from "node:http";
import { JobFeed } from "./feed.mjs";
import { board, completeJob, createJob, drivers, JobError, updateJob } from "./jobs.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const feed = new JobFeed();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new JobError(400, "body is not JSON");
  }
}

function offerFrame(job) {
  return {
    job: job.id,
    customer: job.customer,
    stops: job.stops.map((s) => ({ n: s.n, kind: s.kind, address: s.address, window: s.window })),
    eta: job.eta,
    notes: job.notes,
  };
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/board") return send(res, 200, { ...board(), feed: feed.stats() });

  if (parts[0] === "jobs") {
    if (parts.length === 1 && req.method === "POST") {
      const job = createJob(await readJson(req));
      feed.open(job);
      feed.send(job.id, "offer", offerFrame(job));
      return send(res, 201, { id: job.id, status: job.status });
    }
    const id = parts[1];
    if (parts.length === 2 && req.method === "PATCH") {
      const { job, changed } = updateJob(id, await readJson(req));
      if (changed.length) {
        feed.send(id, "update", { job: id, changed, eta: job.eta, notes: job.notes });
      }
      return send(res, 200, { id, changed });
    }
    if (parts[2] === "complete" && req.method === "POST") {
      const receipt = completeJob(id, await readJson(req));
      feed.close(id, receipt);
      return send(res, 200, receipt);
    }
  }

  // /drivers/:driver/jobs/:job/frames and …/ack — the van app's side
  if (parts[0] === "drivers" && parts[2] === "jobs" && parts[3]) {
    const driver = parts[1];
    if (!drivers.has(driver)) throw new JobError(404, `no driver ${driver}`);
    if (parts[4] === "frames" && req.method === "GET") {
      const out = feed.frames(parts[3], driver);
      return out ? send(res, 200, out) : send(res, 404, { error: "no feed for that job" });
    }
    if (parts[4] === "ack" && req.method === "POST") {
      const body = await readJson(req);
      const out = feed.ack(parts[3], driver, Number(body.upTo));
      return out ? send(res, 200, out) : send(res, 404, { error: "no feed for that job" });
    }
  }

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof JobError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`van job feed on :${port}`));
