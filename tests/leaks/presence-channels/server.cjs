const http = require("node:http");
const { watch, unwatch, post, typing, drain, deskStats } = require("./desk.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        resolve(null);
      }
    });
  });
}

const ROUTE = /^\/tickets\/([A-Z]{2,5}-\d{1,10})\/(watch|unwatch|messages|typing|inbox)$/;

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, deskStats());
  const m = ROUTE.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, ticket, action] = m;

  if (req.method === "GET" && action === "inbox") {
    const agent = url.searchParams.get("agent");
    const out = agent && drain(ticket, agent);
    return out ? send(res, 200, out) : send(res, 404, { error: "not watching" });
  }
  if (req.method !== "POST") return send(res, 405, { error: "method not allowed" });
  const body = await readJson(req);
  if (!body) return send(res, 400, { error: "bad JSON" });

  switch (action) {
    case "watch": {
      if (!body.agent) return send(res, 400, { error: "agent required" });
      const w = watch(ticket, String(body.agent));
      return send(res, 200, { ticket, agent: w.agent, since: new Date(w.since).toISOString() });
    }
    case "unwatch":
      return send(res, unwatch(ticket, String(body.agent)) ? 200 : 404, { ticket });
    case "messages": {
      if (!body.from || !body.text) return send(res, 400, { error: "from and text required" });
      return send(res, 201, post(ticket, String(body.from), String(body.text).slice(0, 2000)));
    }
    case "typing":
      typing(ticket, String(body.who ?? "customer"));
      return send(res, 202, { ok: true });
  }
}).listen(port, "127.0.0.1", () => console.log(`support desk on :${port}`));
