"use strict";
const http = require("node:http");
const registry = require("./registry.cjs");
const { TransitionError } = require("./machine.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const SERVICES = new Set(["same-day", "next-day", "economy"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function createDelivery(req, res) {
  const body = await readJson(req);
  if (typeof body.id !== "string" || typeof body.address !== "string") {
    return send(res, 400, { error: "id and address are required" });
  }
  const machine = registry.create({
    id: body.id,
    recipient: String(body.recipient ?? ""),
    address: body.address,
    service: SERVICES.has(body.service) ? body.service : "economy",
  });
  if (!machine) return send(res, 409, { error: `delivery ${body.id} exists` });
  return send(res, 201, machine.view());
}

async function deliveryEvent(req, res, id) {
  const machine = registry.get(id);
  if (!machine) return send(res, 404, { error: `no delivery ${id}` });
  const body = await readJson(req);
  const { event, ...detail } = body;
  if (typeof event !== "string") return send(res, 400, { error: "event is required" });
  try {
    machine.send(event, detail);
  } catch (err) {
    if (err instanceof TransitionError) return send(res, 409, { error: err.message });
    throw err;
  }
  return send(res, 200, { id: machine.id, state: machine.state, next: machine.allowed() });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname === "/deliveries") {
      return await createDelivery(req, res);
    }
    const events = /^\/deliveries\/([\w-]+)\/events$/.exec(url.pathname);
    if (req.method === "POST" && events) return await deliveryEvent(req, res, events[1]);
    const one = /^\/deliveries\/([\w-]+)$/.exec(url.pathname);
    if (req.method === "GET" && one) {
      const machine = registry.get(one[1]);
      return machine ? send(res, 200, machine.view()) : send(res, 404, { error: "not found" });
    }
    if (req.method === "GET" && url.pathname === "/admin/stats") {
      return send(res, 200, registry.stats());
    }
    return send(res, 404, { error: "not found" });
  } catch (err) {
    return send(res, 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1");
