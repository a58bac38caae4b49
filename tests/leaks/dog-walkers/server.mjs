import http from "node:http";
import { NotifyQueue } from "./notify-queue.mjs";
import { SmsSender } from "./sms.mjs";
import * as walks from "./walks.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const notifier = new NotifyQueue(new SmsSender("WagWalks"));

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const names = (walk) => walk.dogs.map((d) => d.name).join(" & ");

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/walks" && req.method === "GET") {
    return send(res, 200, { ...walks.summary(), outbox: notifier.depth(), sent: notifier.sent });
  }
  if (pathname === "/walks" && req.method === "POST") {
    return send(res, 201, walks.schedule(await readJson(req)));
  }
  const [, base, id, action] = pathname.split("/");
  if (base !== "walks" || !id) return send(res, 404, { error: "not found" });
  if (req.method === "GET" && !action) return send(res, 200, walks.get(id));
  if (req.method !== "POST") return send(res, 404, { error: "not found" });

  if (action === "start") {
    const walk = walks.start(id);
    const to = walk.owner.phone;
    if (walks.isLate(walk)) {
      notifier.enqueue({
        to,
        walkId: id,
        template: "walker-late",
        meta: { walker: walk.walker, lateMin: walk.lateMin, scheduledFor: walk.scheduledFor },
        body: `Sorry ${walk.owner.name}, ${walk.walker} is running ${walk.lateMin} min late ` +
          `for ${names(walk)}'s walk. They're on their way now. Reply STOP to opt out.`,
      }, "urgent");
    }
    notifier.enqueue(
      { to, walkId: id, body: `${walk.walker} has picked up ${names(walk)}.` },
      "high",
    );
    return send(res, 200, walk);
  }
  if (action === "ping") return send(res, 200, { points: walks.ping(id, await readJson(req)) });
  if (action === "finish") {
    const walk = walks.finish(id, await readJson(req));
    notifier.enqueue({
      to: walk.owner.phone,
      walkId: id,
      body: `${names(walk)} ${walk.dogs.length > 1 ? "are" : "is"} home! ` +
        `${walk.report.points} GPS points, ${walk.report.wee} wees, ${walk.report.poo} poos. ` +
        (walk.report.note ? `Note: ${walk.report.note}` : ""),
    }, "normal");
    return send(res, 200, walk);
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof walks.WalkError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "bad JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`dog walkers on :${port}`));
