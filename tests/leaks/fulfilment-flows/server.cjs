"use strict";

const http = require("node:http");
const { Queue } = require("./lib/queue.cjs");
const { FlowProducer } = require("./lib/flows.cjs");
const processors = require("./processors.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4931;

const queues = {
  warehouse: new Queue("warehouse", (job) => processors[job.name](job), { concurrency: 4 }),
  documents: new Queue("documents", (job) => processors[job.name](job), { attempts: 3 }),
  dispatch: new Queue("dispatch", (job) => processors[job.name](job), { concurrency: 2 }),
};
const flows = new FlowProducer(queues);

const shippedByBox = new Map();
queues.dispatch.on(
  "completed",
  (_job, { box }) => shippedByBox.set(box, (shippedByBox.get(box) ?? 0) + 1),
);

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": json.length });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function startFulfilment(order) {
  const common = { orderId: order.id, lines: order.lines };
  const children = [
    { name: "pick", queue: "warehouse", data: common },
    { name: "pack", queue: "warehouse", data: common },
  ];
  if (order.type === "business") {
    children.push({ name: "invoice", queue: "documents", data: { ...common, vatId: order.vatId } });
  } else {
    children.push({ name: "label", queue: "documents", data: { ...common, shipTo: order.shipTo } });
  }
  return flows.add({ name: "ship", queue: "dispatch", data: { orderId: order.id }, children });
}

async function route(req, res, url) {
  if (url.pathname === "/orders" && req.method === "POST") {
    const order = await readJson(req);
    if (!order.id || !Array.isArray(order.lines) || order.lines.length === 0) {
      return send(res, 422, { error: "an order needs an id and lines" });
    }
    const flowId = startFulfilment(order);
    return send(res, 202, { orderId: order.id, flowId });
  }
  if (url.pathname === "/queues" && req.method === "GET") {
    const stats = Object.fromEntries(Object.entries(queues).map(([n, q]) => [n, q.stats()]));
    return send(res, 200, { queues: stats, flows: flows.stats(), shipped: [...shippedByBox] });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    console.error(err);
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`fulfilment-flows on 127.0.0.1:${port}`));
