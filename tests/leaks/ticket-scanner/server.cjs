const polka = require("polka");
const morgan = require("morgan");
const cookieParser = require("cookie-parser");
const bodyParser = require("body-parser");
const { trackRequests, liveView } = require("./tracker.cjs");
const { scan, gateSummary } = require("./gates.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// The access log goes to the gate office's screen: the last 200 lines.
const accessLog = [];
const logStream = {
  write(line) {
    accessLog.push(line.trimEnd());
    if (accessLog.length > 200) accessLog.shift();
  },
};
morgan.token("id", (req) => req.id);
morgan.token("gate", (req) => req.signedCookies?.gate ?? "-");

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

polka()
  .use(cookieParser("gate-cookie-secret-2025"))
  .use(trackRequests)
  .use(morgan(":id :gate :method :url :status :response-time ms", { stream: logStream }))
  .use(bodyParser.json({ limit: "2kb" }))
  .get("/healthz", (_req, res) => send(res, 200, { ok: true }))
  .post("/scan", (req, res) => {
    const gate = req.signedCookies.gate ?? req.body?.gate;
    const { status, body } = scan(req.body?.ticket, gate);
    send(res, status, body);
  })
  .get("/gates/:gate", (req, res) => {
    const summary = gateSummary(req.params.gate);
    if (!summary) return send(res, 404, { error: "unknown gate" });
    send(res, 200, summary);
  })
  .get("/supervisor/live", (_req, res) => send(res, 200, liveView()))
  .get("/supervisor/log", (_req, res) => send(res, 200, { lines: accessLog.slice(-50) }))
  .listen(port, "127.0.0.1", () => console.log(`ticket-scanner on http://127.0.0.1:${port}`));
