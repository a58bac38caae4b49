// A tiny Node program with one known leak (the Node twin of leaky_target.ts).
// Usage: node --inspect=127.0.0.1:<p> leaky_target.mjs <httpPort> [bigN]
import http from "node:http";

const leakedRecords = [];
let nextId = 0;

function grow(n) {
  for (let i = 0; i < n; i++) {
    leakedRecords.push({
      id: nextId++,
      payload: `record-${nextId}-${"x".repeat(32)}`,
      createdAt: Date.now(),
    });
  }
  return leakedRecords.length;
}

const httpPort = Number(process.argv[2] ?? 0);
const bigN = Number(process.argv[3] ?? 0);
if (bigN > 0) grow(bigN);

http.createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  let body;
  if (url.pathname === "/grow") {
    body = { records: grow(Number(url.searchParams.get("n") ?? "100")) };
  } else if (url.pathname === "/stats") {
    body = { records: leakedRecords.length, uptimeMs: Math.round(performance.now()) };
  } else {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}).listen(httpPort, "127.0.0.1");
