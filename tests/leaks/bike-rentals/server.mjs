import http from "node:http";
import { dashboard, openRentals, RentalError, returnBike, startRental } from "./rentals.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4400;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 8192) throw new RentalError(413, "body too large");
  }
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new RentalError(400, "invalid JSON");
  }
}

const BIKE_ACTION = /^\/bikes\/([^/]+)\/(rent|return)$/;

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://rentals.local");
  try {
    if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "GET" && pathname === "/dashboard") return send(res, 200, dashboard());
    if (req.method === "GET" && pathname === "/rentals") return send(res, 200, openRentals());
    const action = BIKE_ACTION.exec(pathname);
    if (action && req.method === "POST") {
      const [, bikeId, verb] = action;
      const body = await readJson(req);
      if (verb === "rent") return send(res, 201, startRental(bikeId, body));
      return send(res, 200, returnBike(bikeId, body));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof RentalError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`bike rentals on 127.0.0.1:${port}`));
