import http from "node:http";
import { getSearchClient } from "./search.mjs";
import { readiness } from "./health.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4430;

const PAGE_SIZE = 10;

function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

function card(job) {
  return {
    id: job.id,
    title: job.title,
    company: job.company,
    location: job.remote ? `${job.location} (remote possible)` : job.location,
    salary: `€${job.salary.min.toLocaleString("nl-NL")}–${job.salary.max.toLocaleString("nl-NL")}`,
    postedAt: job.postedAt.slice(0, 10),
  };
}

async function searchJobs(url) {
  const page = Math.max(1, Number(url.searchParams.get("page") ?? "1") || 1);
  const remote = url.searchParams.get("remote");
  const result = await getSearchClient().search({
    q: url.searchParams.get("q") ?? "",
    location: url.searchParams.get("location") ?? undefined,
    remote: remote === null ? undefined : remote === "true",
    from: (page - 1) * PAGE_SIZE,
    size: PAGE_SIZE,
  });
  return { total: result.total, page, jobs: result.hits.map(card) };
}

async function suggest(url) {
  // Typeahead: a tight timeout, a stale answer is worse than none.
  const q = (url.searchParams.get("q") ?? "").trim();
  if (q.length < 2) return { suggestions: [] };
  const result = await getSearchClient({ timeoutMs: 250 }).search({ q: "", size: 200 });
  const needle = q.toLowerCase();
  const titles = new Set(
    result.hits.map((j) => j.title).filter((t) => t.toLowerCase().includes(needle)),
  );
  return { suggestions: [...titles].slice(0, 5) };
}

async function route(req, res, url) {
  if (req.method !== "GET") return send(res, 405, { error: "method not allowed" });
  if (url.pathname === "/jobs") return send(res, 200, await searchJobs(url));
  if (url.pathname === "/jobs/suggest") return send(res, 200, await suggest(url));
  const m = /^\/jobs\/(job-\d+)$/.exec(url.pathname);
  if (m) {
    const job = await getSearchClient().get(m[1]);
    if (!job) return send(res, 404, { error: `no job ${m[1]}` });
    return send(res, 200, { ...card(job), tags: job.tags, salaryRange: job.salary });
  }
  if (url.pathname === "/readyz") {
    const report = await readiness();
    return send(res, report.ready ? 200 : 503, report);
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`job-board on 127.0.0.1:${port}`));

process.on("SIGTERM", () => server.close(() => process.exit(0)));
