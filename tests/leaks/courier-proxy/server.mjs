import http from "node:http";
import connect from "connect";
import { startCourierApi } from "./upstream.mjs";
import { courierForwarder, gatewayStats } from "./gateway.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const courierApi = await startCourierApi();
const app = connect();

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

app.use("/healthz", (_req, res) => json(res, 200, { ok: true }));
app.use("/gateway/stats", (_req, res) => json(res, 200, gatewayStats()));

// Public paths onto the courier's: /track/PX123 → /v2/tracking/PX123, POST /rates → /v2/rates.
app.use((req, res, next) => {
  const track = /^\/track\/([\w-]+)$/.exec(req.url);
  if (req.method === "GET" && track) req.url = `/v2/tracking/${track[1]}`;
  else if (req.method === "POST" && req.url === "/rates") req.url = "/v2/rates";
  else return json(res, 404, { error: "not found" });
  next();
});
app.use(courierForwarder(courierApi));

http.createServer(app).listen(port, "127.0.0.1", () => {
  console.log(`courier-proxy on http://127.0.0.1:${port} → ${courierApi}`);
});
