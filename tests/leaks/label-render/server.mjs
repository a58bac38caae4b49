import http from "node:http";
import winston from "winston";
import { LabelRenderer } from "./renderer.mjs";
import { templates } from "./templates.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? "warn",
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

export const renderer = new LabelRenderer(templates);

// Plugins, registered once at start-up.
renderer.hooks.beforeRender.tap(
  "CarrierCodes",
  (job) =>
    job.fields.carrier
      ? { ...job, fields: { ...job.fields, carrier: job.fields.carrier.toUpperCase() } }
      : job,
);
renderer.hooks.failed.tap("LogFailures", (job, error) => {
  logger.error("label failed", { id: job.id, template: job.template, error: error.message });
});
const recent = [];
renderer.hooks.done.tapPromise("RecentLabels", (result) => {
  recent.unshift({ id: result.id, template: result.template, ok: !result.error });
  if (recent.length > 20) recent.length = 20;
  return Promise.resolve();
});

let nextJob = 1;

/** Queues a label and resolves with it once the renderer has got to it. */
function renderLabel(template, fields) {
  const id = `L-${nextJob++}`;
  return new Promise((resolve) => {
    renderer.hooks.done.tap(`respond ${id}`, (result) => {
      if (result.id === id) resolve(result);
    });
    renderer.submit({ id, template, fields });
  });
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "GET" && url.pathname === "/ops/labels") {
      return send(res, 200, { stats: renderer.stats, recent });
    }
    const m = /^\/labels\/(\w+)$/.exec(url.pathname);
    if (req.method === "POST" && m) {
      const fields = await readJson(req);
      const label = await renderLabel(m[1], fields);
      if (label.error) return send(res, 422, { error: label.error });
      logger.info("label rendered", { id: label.id, template: label.template });
      return send(res, 200, label.svg, "image/svg+xml");
    }
    send(res, 404, { error: "not found" });
  } catch (error) {
    logger.error("request failed", { path: url.pathname, error: error.message });
    send(res, 400, { error: error.message });
  }
});

server.listen(port, "127.0.0.1", () => {
  logger.warn(`label-render on http://127.0.0.1:${port}`);
});
