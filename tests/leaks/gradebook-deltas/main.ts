import { getCourse, GradebookError, recordGrade } from "./gradebook.ts";
import { gradebookView, studentReport } from "./views.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });

  const m = /^\/courses\/([\w-]+)\/(gradebook|grades|students\/([\w-]+))$/.exec(pathname);
  if (!m) return json(404, { error: "not found" });
  const course = getCourse(m[1]);
  const teacher = req.headers.get("x-teacher") ?? "";

  if (m[2] === "gradebook" && req.method === "GET") {
    if (teacher !== course.teacher) return json(403, { error: "teachers only" });
    return json(200, gradebookView(course, teacher));
  }
  if (m[2] === "grades" && req.method === "POST") {
    recordGrade(course, teacher, await req.json());
    // The grade entry screen redraws the table straight after saving.
    return json(201, gradebookView(course, teacher));
  }
  if (m[3] && req.method === "GET") {
    const report = studentReport(course, m[3]);
    return report ? json(200, report) : json(404, { error: "no such student" });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof GradebookError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
