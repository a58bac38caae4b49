const http = require("node:http");
const debug = require("debug")("kiosk:http");
const { Spooler } = require("./spooler.cjs");
const { Notifier } = require("./notifier.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const spooler = new Spooler();
const notifier = new Notifier();

/** Texts the member once their job has come out of the printer. */
function notifyWhenPrinted(job) {
  const onFinished = (finished) => {
    if (finished.id !== job.id) return;
    spooler.off("job.finished", onFinished);
    notifier.send(job.member, `"${job.title}" (${job.pages} pages) is ready at ${job.kiosk}`);
  };
  spooler.on("job.finished", onFinished);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://kiosk.local");
  if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && pathname === "/kiosk/status") {
    return send(res, 200, { spooler: spooler.status(), sms: notifier.total });
  }
  if (req.method === "POST" && pathname === "/jobs") {
    const body = await readJson(req);
    if (!body.jobId || !body.member) return send(res, 400, { error: "jobId and member required" });
    const job = {
      id: String(body.jobId),
      member: String(body.member),
      title: String(body.title ?? "document"),
      pages: Math.max(1, Number(body.pages) || 1),
      kiosk: String(body.kiosk ?? "any kiosk"),
      hold: Boolean(body.hold),
    };
    notifyWhenPrinted(job);
    spooler.submit(job);
    return send(res, 202, { id: job.id, state: job.state });
  }
  const action = /^\/jobs\/([\w-]+)\/(release|cancel)$/.exec(pathname);
  if (req.method === "POST" && action) {
    const [, id, verb] = action;
    const job = verb === "release" ? spooler.release(id) : spooler.cancel(id);
    if (!job) return send(res, 409, { error: `cannot ${verb} ${id}` });
    debug("%s %s", verb, id);
    return send(res, 200, { id, state: job.state });
  }
  send(res, 404, { error: "not found" });
}

http
  .createServer((req, res) => {
    route(req, res).catch((error) => send(res, 400, { error: error.message }));
  })
  .listen(port, "127.0.0.1", () => console.log(`kiosk-print on http://127.0.0.1:${port}`));
