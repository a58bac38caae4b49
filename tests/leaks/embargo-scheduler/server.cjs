"use strict";

const http = require("node:http");
const { Scheduler } = require("./scheduler.cjs");
const { StoryError, editStory, getStory, publish, snapshotOf } = require("./stories.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const scheduler = new Scheduler((job) => publish(job.story, job.payload));

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new StoryError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [a, slug, action] = url.pathname.split("/").filter(Boolean);
  const editor = req.headers["x-editor"] ?? "desk";

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/schedule") {
    return send(res, 200, {
      ...scheduler.stats(),
      upcoming: scheduler.upcoming().map((j) => ({
        story: j.story,
        at: new Date(j.at).toISOString(),
        revision: j.payload.revision,
        by: j.by,
      })),
    });
  }
  if (a !== "stories" || !slug) return send(res, 404, { error: "not found" });

  if (!action && req.method === "GET") {
    const story = getStory(slug);
    const job = scheduler.pending(slug);
    return send(res, 200, {
      ...story,
      embargoUntil: job ? new Date(job.at).toISOString() : null,
    });
  }
  if (!action && req.method === "PATCH") {
    const story = editStory(slug, await readJson(req));
    return send(res, 200, { slug, revision: story.revision });
  }
  if (action === "embargo" && req.method === "POST") {
    const { until } = await readJson(req);
    const at = Date.parse(until);
    if (Number.isNaN(at)) throw new StoryError(400, "until must be a date");
    if (at <= Date.now()) throw new StoryError(422, "an embargo must end in the future");
    const story = getStory(slug);
    const job = scheduler.schedule(slug, at, snapshotOf(story), editor);
    return send(res, 202, { slug, job: job.id, at: new Date(at).toISOString() });
  }
  if (action === "publish" && req.method === "POST") {
    // the editor lifts the embargo early (or publishes something never embargoed)
    scheduler.cancel(slug);
    const story = publish(slug, snapshotOf(getStory(slug)));
    return send(res, 200, { slug, revision: story.publishedRevision });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof StoryError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`embargo scheduler on :${port}`));
