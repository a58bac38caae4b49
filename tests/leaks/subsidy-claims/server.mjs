import http from "node:http";
import { draftStats, expireIdle, getDraft, openDraft, submitDraft } from "./drafts.mjs";
import { checkDraft } from "./validation.mjs";
import { forward, recentReceipts } from "./agency.mjs";
import { SCHEMES } from "./schemes.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

setInterval(() => expireIdle(), 250);

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        const raw = Buffer.concat(chunks).toString("utf8");
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function view(draft) {
  return {
    id: draft.id,
    farm: draft.farmName,
    scheme: SCHEMES[draft.scheme]?.name,
    status: draft.status,
    parcels: draft.parcels.length,
    estimate: draft.estimate,
    problems: checkDraft(draft),
  };
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const [kind, id, action] = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/schemes") return send(res, 200, SCHEMES);
  if (pathname === "/stats") {
    return send(res, 200, { drafts: draftStats(), receipts: recentReceipts().slice(0, 5) });
  }
  if (kind !== "drafts") return send(res, 404, { error: "not found" });

  if (!id && req.method === "POST") {
    const body = await readJson(req);
    if (!body.draftId || !SCHEMES[body.scheme]) {
      return send(res, 422, { error: "draftId and a known scheme required" });
    }
    return send(res, 201, view(openDraft(body.draftId, body)));
  }
  const draft = getDraft(id);
  if (!draft) return send(res, 404, { error: "no such draft" });
  if (draft.status === "expired") return send(res, 410, { error: "draft expired, start again" });

  if (action === "parcels" && req.method === "PATCH") {
    const { parcels } = await readJson(req);
    draft.setParcels(parcels ?? []);
    return send(res, 200, view(draft));
  }
  if (action === "submit" && req.method === "POST") {
    const problems = checkDraft(draft);
    if (problems.length) return send(res, 422, { problems });
    const submitted = submitDraft(id);
    return send(res, 201, forward(submitted));
  }
  if (!action && req.method === "GET") return send(res, 200, view(draft));
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`subsidy claims on :${port}`));
