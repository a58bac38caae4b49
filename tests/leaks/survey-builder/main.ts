import { formSchema, getSurvey, publish, submit, SurveyDef } from "./surveys.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    return undefined;
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const m = /^\/surveys\/([a-z0-9-]{2,40})(?:\/(form|responses))?$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const [, id, sub] = m;

  if (!sub && req.method === "POST") {
    const parsed = SurveyDef.safeParse(await readJson(req));
    if (!parsed.success) {
      return Response.json({ error: "invalid survey", issues: parsed.error.issues }, {
        status: 400,
      });
    }
    const survey = publish(id, parsed.data);
    return Response.json({ id, revision: survey.revision }, { status: 201 });
  }

  const survey = getSurvey(id);
  if (!survey) return Response.json({ error: "no such survey" }, { status: 404 });
  if (sub === "form" && req.method === "GET") return Response.json(formSchema(survey));
  if (sub === "responses" && req.method === "POST") {
    const result = submit(survey, await readJson(req));
    return Response.json(result, { status: result.ok ? 201 : 422 });
  }
  if (!sub && req.method === "GET") {
    return Response.json({
      id,
      revision: survey.revision,
      title: survey.def.title,
      responses: survey.responses,
    });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`survey-builder on ${port}`) },
  handle,
);
