import {
  attemptStatus,
  QuizError,
  recordAnswers,
  results,
  startAttempt,
  submitAttempt,
} from "./attempts.ts";
import { loadDraft, saveDraft } from "./drafts.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  return text ? JSON.parse(text) : {};
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });

  let m = /^\/quizzes\/([\w-]+)\/attempts$/.exec(pathname);
  if (m && req.method === "POST") {
    const attempt = startAttempt(m[1], await body(req));
    return json(201, { attempt: attempt.id, deadline: new Date(attempt.deadline).toISOString() });
  }
  m = /^\/quizzes\/([\w-]+)\/results$/.exec(pathname);
  if (m && req.method === "GET") return json(200, results(m[1]));

  m = /^\/attempts\/([\w-]+)(\/answers|\/draft|\/submit)?$/.exec(pathname);
  if (m) {
    const [, id, action] = m;
    if (!action && req.method === "GET") {
      const status = attemptStatus(id);
      return status ? json(200, status) : json(404, { error: "no such attempt" });
    }
    if (action === "/answers" && req.method === "PATCH") {
      return json(200, recordAnswers(id, await body(req)));
    }
    if (action === "/draft" && req.method === "GET") {
      const draft = loadDraft(id);
      return json(200, { draft: draft ?? null, saving: saveDraft.pending(id) });
    }
    if (action === "/submit" && req.method === "POST") {
      const { answers } = await body(req);
      return json(200, submitAttempt(id, (answers ?? {}) as Record<string, unknown>));
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof QuizError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
