"use strict";

const http = require("node:http");
const { createHash } = require("node:crypto");
const { Queue } = require("./node_modules/jobbox");
const { COURSES, addMonths, certificateNumber, renderPdf } = require("./certificate.cjs");
const { putObject } = require("./storage.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4620;

const BUCKET = "certificates-prod";

const certificates = new Queue("certificates", {
  concurrency: 4,
  removeOnComplete: true,
  removeOnFail: 100,
});

// Recently issued certificates, so the learner's page can show the download link right away.
const recentlyIssued = new Map();
const RECENT_KEPT = 50;

certificates.process(async (job) => {
  const { enrolmentId, courseId, learner, completedOn, score } = job.data;
  const course = COURSES[courseId];
  const number = certificateNumber(enrolmentId, completedOn);
  const pdf = renderPdf({
    number,
    learner: learner.name,
    course: course.title,
    hours: course.hours,
    score,
    completedOn,
    validUntil: addMonths(completedOn, course.validMonths),
  });
  job.log(`rendered ${number} (${pdf.length} bytes)`);
  const stored = await putObject(
    BUCKET,
    `${completedOn.slice(0, 4)}/${number}.pdf`,
    pdf,
    "application/pdf",
  );
  job.log(`stored at ${stored.url}`);
  return {
    certificateNo: number,
    url: stored.url,
    etag: stored.etag,
    bytes: stored.size,
    sha256: createHash("sha256").update(pdf).digest("hex"),
    issuedAt: new Date().toISOString(),
  };
});

certificates.on("completed", (job, result) => {
  recentlyIssued.set(job.data.enrolmentId, {
    certificateNo: result.certificateNo,
    url: result.url,
    issuedAt: result.issuedAt,
  });
  if (recentlyIssued.size > RECENT_KEPT) {
    recentlyIssued.delete(recentlyIssued.keys().next().value);
  }
});

certificates.on("failed", (job, err) => {
  console.error(`certificate job ${job.id} failed: ${err.message}`);
});

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return null;
  }
}

function validRequest(body) {
  return body && typeof body.enrolmentId === "string" && /^[\w-]{3,40}$/.test(body.enrolmentId) &&
    COURSES[body.courseId] && typeof body.learner?.name === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(String(body.completedOn)) && Number.isFinite(body.score);
}

async function route(req, res, url) {
  if (url.pathname === "/certificates" && req.method === "POST") {
    const body = await readJson(req);
    if (!validRequest(body)) {
      return send(res, 400, { error: "enrolmentId, courseId, learner, completedOn and score" });
    }
    if (body.score < 70) return send(res, 422, { error: "the pass mark is 70%" });
    const job = certificates.add("issue", {
      enrolmentId: body.enrolmentId,
      courseId: body.courseId,
      learner: { name: body.learner.name, email: String(body.learner.email ?? "") },
      completedOn: body.completedOn,
      score: body.score,
    }, { jobId: `cert-${body.enrolmentId}`, attempts: 3, backoff: 500 });
    return send(res, 202, { job: job.id, state: job.state });
  }

  const m = /^\/certificates\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const issued = recentlyIssued.get(m[1]);
    if (issued) return send(res, 200, { state: "issued", ...issued });
    const job = certificates.getJob(`cert-${m[1]}`);
    if (!job) return send(res, 404, { error: "no certificate for this enrolment" });
    return send(res, 200, { state: job.state, failedReason: job.failedReason });
  }

  if (url.pathname === "/queue" && req.method === "GET") {
    return send(res, 200, { name: certificates.name, ...certificates.counts() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`certificate-issuer on http://127.0.0.1:${port}`));
