import http from "node:http";
import { exportCsv, page } from "./export.mjs";
import { addResponse, responsesBus, SurveyError, surveys, totals } from "./surveys.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new SurveyError(400, "body is not JSON");
  }
}

// The dashboard asks for whatever arrives in the next `wait` ms.
function live(surveyId, waitMs, max) {
  return new Promise((resolve) => {
    const arrived = [];
    const done = () => {
      clearTimeout(timer);
      responsesBus.off("response", onResponse);
      resolve(arrived);
    };
    const onResponse = (response) => {
      if (response.survey !== surveyId) return;
      arrived.push({ id: response.id, satisfaction: response.answers.satisfaction });
      if (arrived.length >= max) done();
    };
    const timer = setTimeout(done, waitMs);
    responsesBus.on("response", onResponse);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, totals());

  if (parts[0] === "surveys" && parts[1]) {
    const id = parts[1];
    if (!surveys.has(id)) return send(res, 404, { error: "no such survey" });
    if (parts[2] === "responses" && req.method === "POST") {
      return send(res, 201, addResponse(id, await readJson(req)));
    }
    if (parts[2] === "responses" && req.method === "GET") {
      const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), 50);
      return send(res, 200, page(id, url.searchParams.get("cursor"), limit));
    }
    if (parts[2] === "export.csv") return exportCsv(id, res);
    if (parts[2] === "live") {
      const wait = Math.min(Number(url.searchParams.get("wait") ?? 50), 250);
      return send(res, 200, await live(id, wait, 5));
    }
  }

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (res.headersSent) return res.destroy(err);
    send(res, err instanceof SurveyError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`survey responses on :${port}`));
