import http from "node:http";

// Stand-in for the courier's tracking API (a separate service in production): stateless,
// every answer is derived from the request.
const STATUSES = ["label_created", "picked_up", "in_transit", "at_hub", "out_for_delivery"];

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function trackingFor(parcel) {
  const h = hash(parcel);
  const steps = 1 + (h % STATUSES.length);
  const events = [];
  for (let i = 0; i < steps; i++) {
    events.push({
      status: STATUSES[i],
      at: new Date(Date.UTC(2025, 2, 1 + i, 8 + (h % 9))).toISOString(),
      depot: ["AMS", "RTM", "UTR", "EIN"][(h >> i) & 3],
    });
  }
  return { parcel, events, eta: steps < STATUSES.length ? "2025-03-08" : null };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (data += c));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

export function startCourierApi() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://courier.local");
    const send = (status, body) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "set-cookie": `courier_session=${hash(url.pathname).toString(16)}; HttpOnly`,
      });
      res.end(JSON.stringify(body));
    };
    const track = /^\/v2\/tracking\/([\w-]+)$/.exec(url.pathname);
    if (req.method === "GET" && track) return send(200, trackingFor(track[1]));
    if (req.method === "POST" && url.pathname === "/v2/rates") {
      const { weightGrams = 1000, to = "NL" } = JSON.parse((await readBody(req)) || "{}");
      const base = to === "NL" ? 495 : 1295;
      return send(200, {
        currency: "EUR",
        options: [
          { service: "standard", cents: base + Math.ceil(weightGrams / 1000) * 150 },
          { service: "express", cents: base * 2 + Math.ceil(weightGrams / 1000) * 200 },
        ],
      });
    }
    send(404, { error: "not found" });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}
