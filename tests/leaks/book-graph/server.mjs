import http from "node:http";
import { randomUUID } from "node:crypto";
import { createLoaders, loaderMetrics } from "./loaders.mjs";
import { GraphError, operations } from "./resolvers.mjs";
import { queryCounts } from "./db.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4410;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new GraphError("request body is not valid JSON");
  }
}

async function graphql(req, res) {
  const { operationName, variables = {} } = await readJson(req);
  const resolve = operations[operationName];
  if (!resolve) {
    return send(res, 400, {
      errors: [{ message: `unknown persisted operation ${operationName}` }],
    });
  }
  const requestId = req.headers["x-request-id"] ?? randomUUID();
  const loaders = createLoaders(requestId);
  try {
    const data = await resolve(variables, loaders);
    send(res, 200, { data });
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    send(res, 200, {
      data: null,
      errors: [{ message: err.message, extensions: { code: err.code } }],
    });
  }
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/graphql" && req.method === "POST") return await graphql(req, res);
    if (url.pathname === "/metrics" && req.method === "GET") {
      return send(res, 200, { loaders: loaderMetrics(), queries: queryCounts });
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof GraphError) return send(res, 400, { errors: [{ message: err.message }] });
    console.error(err);
    send(res, 500, { errors: [{ message: "internal error" }] });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`book-graph on 127.0.0.1:${port}`));

process.on("SIGTERM", () => server.close(() => process.exit(0)));
