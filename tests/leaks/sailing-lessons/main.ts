import { board, LessonError, lessons } from "./lessons.ts";
import { previewRoster } from "./roster.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8755;

async function body(req: Request): Promise<Record<string, unknown>> {
  const parsed = await req.json().catch(() => null);
  if (!parsed || typeof parsed !== "object") throw new LessonError(400, "body must be JSON");
  return parsed;
}

async function route(req: Request, url: URL): Promise<Response> {
  const enrol = /^\/lessons\/([\w-]+)\/enrolments$/.exec(url.pathname);
  if (enrol && req.method === "POST") {
    const b = await body(req);
    const lesson = lessons.get(enrol[1]);
    lesson.enrol({
      id: String(b.studentId ?? ""),
      name: String(b.name ?? ""),
      age: Number(b.age),
      swimCertificate: b.swimCertificate === true,
    });
    await lessons.save(lesson);
    return Response.json({ lesson: lesson.id, enrolled: lesson.students.size }, { status: 201 });
  }

  const withdraw = /^\/lessons\/([\w-]+)\/enrolments\/([\w-]+)\/withdraw$/.exec(url.pathname);
  if (withdraw && req.method === "POST") {
    const { reason } = await body(req);
    const lesson = lessons.get(withdraw[1]);
    lesson.withdraw(withdraw[2], String(reason ?? "unspecified"));
    await lessons.save(lesson);
    return Response.json({ lesson: lesson.id, enrolled: lesson.students.size });
  }

  if (url.pathname === "/imports/roster/preview" && req.method === "POST") {
    const { rows } = await body(req);
    if (!Array.isArray(rows)) throw new LessonError(400, "rows must be an array");
    return Response.json(previewRoster(rows));
  }

  if (url.pathname === "/lessons" && req.method === "GET") {
    return Response.json({
      ...board,
      lessons: lessons.all().map((l) => ({ id: l.id, title: l.title, enrolled: l.students.size })),
    });
  }
  throw new LessonError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`sailing-lessons on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (!(err instanceof LessonError)) throw err;
    return Response.json({ error: err.message }, { status: err.status });
  }
});
