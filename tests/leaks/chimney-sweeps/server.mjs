import { createServer } from "node:http";
import { checkResult, InspectionError } from "./appliances.mjs";
import { issueCertificate } from "./certificates.mjs";
import { board, book, complete, findDone, jobs } from "./jobs.mjs";

const port = Number(
  process.argv.find((a) => a.startsWith("--port="))?.slice("--port=".length) ?? 3000,
);

const json = (res, status, data) => {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(data));
};

const readJson = async (req) => {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || "{}");
};

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(res, 200, { status: "ok" });
  if (url.pathname === "/board") return json(res, 200, board());
  if (parts[0] !== "jobs") return json(res, 404, { error: "not found" });

  if (parts.length === 1 && req.method === "POST") {
    const job = book(await readJson(req));
    return job ? json(res, 201, job) : json(res, 422, { error: "job id J-… required" });
  }
  const job = jobs.get(parts[1]) ?? findDone(parts[1]);
  if (!job) return json(res, 404, { error: "no such job" });
  if (parts.length === 2 && req.method === "GET") return json(res, 200, job);
  if (parts[2] === "results" && req.method === "POST") {
    const certificate = issueCertificate(job, checkResult(await readJson(req)));
    if (!certificate.duplicate) job.certificates.push(certificate.number);
    return json(res, certificate.duplicate ? 200 : 201, certificate);
  }
  if (parts[2] === "complete" && req.method === "POST") {
    if (job.status === "done") return json(res, 409, { error: "already completed" });
    complete(job);
    return json(res, 200, { id: job.id, certificates: job.certificates });
  }
  return json(res, 405, { error: "method not allowed" });
}

createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (err instanceof InspectionError) return json(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(res, 400, { error: "invalid JSON" });
    console.error(err);
    json(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`sweep certificates on ${port}`));
