import http from "node:http";
import { addActivity, createItinerary, getItinerary, ItineraryError } from "./itineraries.mjs";
import { packageSummaries } from "./packages.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4532;

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
    return JSON.parse(raw);
  } catch {
    throw new ItineraryError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/packages" && req.method === "GET") {
    return send(res, 200, packageSummaries());
  }
  const create = /^\/packages\/([\w-]+)\/itineraries$/.exec(url.pathname);
  if (create && req.method === "POST") {
    return send(res, 201, await createItinerary(create[1], await readJson(req)));
  }
  const one = /^\/itineraries\/([\w-]+)$/.exec(url.pathname);
  if (one && req.method === "GET") return send(res, 200, getItinerary(one[1]));
  if (one && req.method === "PATCH") {
    return send(res, 200, await addActivity(one[1], await readJson(req)));
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof ItineraryError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`itinerary-builder on 127.0.0.1:${port}`));
