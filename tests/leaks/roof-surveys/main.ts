import {
  approve,
  createSurvey,
  editSurvey,
  getSurvey,
  recentApprovals,
  report,
  stats,
  SurveyError,
} from "./surveys.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SurveyError(400, `bad JSON: ${(err as Error).message}`);
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, stats());
  if (url.pathname === "/approvals") return json(200, recentApprovals());
  if (url.pathname === "/surveys" && req.method === "POST") {
    const survey = createSurvey(await readBody(req));
    return json(201, { id: survey.id, status: survey.status });
  }
  if (parts[0] === "surveys" && parts[1]) {
    const id = decodeURIComponent(parts[1]);
    if (parts.length === 2 && req.method === "GET") return json(200, getSurvey(id));
    if (parts.length === 2 && req.method === "PATCH") {
      const survey = editSurvey(id, await readBody(req));
      return json(200, { id, revision: survey.revision, status: survey.status });
    }
    if (parts[2] === "report" && req.method === "GET") {
      const html = await report(id);
      if (html === null) return json(202, { status: "rendering" });
      return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
    }
    if (parts[2] === "approve" && req.method === "POST") {
      const body = await readBody(req);
      return json(200, approve(id, String(body.by ?? "office")));
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof SurveyError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
