import { amend, ApplicationError, decide, get, submit, weeklyList } from "./applications.ts";
import { cacheStats, noticePage, pageForPrint } from "./notices.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  try {
    const body = await req.json();
    return body && typeof body === "object" ? body : {};
  } catch {
    throw new ApplicationError(400, "body must be JSON");
  }
}

function html(page: { html: string; etag: string }, req: Request): Response {
  const tag = `"${page.etag}"`;
  if (req.headers.get("if-none-match") === tag) {
    return new Response(null, { status: 304, headers: { etag: tag } });
  }
  return new Response(page.html, {
    headers: { "content-type": "text/html; charset=utf-8", etag: tag },
  });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/weekly-list") return json(200, { ...weeklyList(), ...cacheStats() });

  if (parts[0] === "applications") {
    if (parts.length === 1 && req.method === "POST") {
      const app = submit(await readJson(req));
      return json(201, {
        ref: app.ref,
        revision: app.revision,
        consultationEnds: app.consultationEnds,
      });
    }
    if (parts.length === 2 && req.method === "PATCH") {
      const app = amend(parts[1], await readJson(req));
      return json(200, { ref: app.ref, revision: app.revision });
    }
    if (parts.length === 2 && req.method === "GET") {
      const app = get(parts[1]);
      return json(200, { ...app, notice: `/applications/${app.ref}/notice` });
    }
    if (parts[2] === "notice" && req.method === "GET") return html(noticePage(get(parts[1])), req);
    if (parts[2] === "decision" && req.method === "POST") {
      return json(200, decide(parts[1], await readJson(req)));
    }
  }
  if (parts[0] === "print" && parts[1]) {
    const page = pageForPrint(parts[1]);
    if (!page) return json(404, { error: "that version is no longer available; preview it again" });
    return html(page, req);
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ApplicationError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
