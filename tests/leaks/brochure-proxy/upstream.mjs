// The brochure store the proxy sits in front of, run as its own node process (as it runs on
// its own host in production): JSON brochures by id, 404 for the ones not published.
import http from "node:http";

const brochures = new Map();
for (let n = 100; n < 140; n++) {
  brochures.set(`B-${n}`, {
    id: `B-${n}`,
    title: `Autumn range ${n}`,
    pages: 8 + (n % 5) * 4,
    language: n % 2 ? "en" : "nl",
    pdf: `https://cdn.example.com/brochures/B-${n}.pdf`,
    updatedAt: "2026-09-01T08:00:00Z",
  });
}

const server = http.createServer((req, res) => {
  const m = /^\/brochures\/([\w-]+)$/.exec(req.url);
  const brochure = m && brochures.get(m[1]);
  const status = brochure ? 200 : 404;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(brochure ?? { error: "no such brochure", id: m?.[1] ?? null }));
});
// Longer than the proxies' idle time, as the load balancer in front of it wants.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});

// Go when the proxy that started us goes.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
