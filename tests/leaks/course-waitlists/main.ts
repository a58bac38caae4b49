import { claim, courseView, drop, enrol, EnrolmentError } from "./enrolment.ts";
import { recentNotices } from "./notify.ts";

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

  const m = /^\/courses\/([\w-]+)(?:\/(enrol|claim|drop))?$/.exec(pathname);
  if (m) {
    const [, course, action] = m;
    if (!action && req.method === "GET") return json(200, courseView(course));
    if (req.method === "POST") {
      const body = await req.json();
      if (action === "enrol") return json(201, enrol(course, body));
      if (action === "claim") return json(200, claim(course, String(body.student)));
      if (action === "drop") return json(200, drop(course, String(body.student)));
    }
  }
  const n = /^\/students\/([\w-]+)\/notices$/.exec(pathname);
  if (n && req.method === "GET") return json(200, recentNotices(n[1]));
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof EnrolmentError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
