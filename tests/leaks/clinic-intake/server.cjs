const http = require("node:http");
const { hoursToday, recentIntakes, takeIntake } = require("./intake.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      raw += chunk;
      if (raw.length > 8192) reject(new Error("body too large"));
    });
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return json(res, 200, { ok: true });
    let m = /^\/clinics\/([a-z-]+)\/intake$/.exec(url.pathname);
    if (m && req.method === "POST") {
      const result = takeIntake(m[1], await readJson(req));
      return json(res, result.status, result.body);
    }
    m = /^\/clinics\/([a-z-]+)\/hours$/.exec(url.pathname);
    if (m && req.method === "GET") {
      const hours = hoursToday(m[1]);
      return hours ? json(res, 200, hours) : json(res, 404, { error: "unknown clinic" });
    }
    if (url.pathname === "/intake/recent") return json(res, 200, recentIntakes());
    json(res, 404, { error: "not found" });
  } catch (err) {
    json(res, 400, { error: String(err.message ?? err) });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`clinic-intake on http://127.0.0.1:${port}`));
