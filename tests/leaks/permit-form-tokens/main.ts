import { FormTokens } from "./tokens.ts";
import { FORMS, missingFields, renderForm } from "./forms.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

let received = 0;

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

function html(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...headers },
  });
}

async function handleForm(req: Request, id: string): Promise<Response> {
  const def = FORMS[id];
  if (!def) return html(404, "<h1>No such form</h1>");

  // The visitor's session: an opaque id in a cookie, set on the first visit.
  let sessionId = cookie(req, "sid");
  const headers: Record<string, string> = {};
  if (!sessionId) {
    sessionId = crypto.randomUUID();
    headers["set-cookie"] = `sid=${sessionId}; Path=/; HttpOnly; SameSite=Lax`;
  }

  if (req.method === "GET") {
    return html(200, renderForm(id, def, FormTokens.issue(sessionId, id)), headers);
  }
  if (req.method === "POST") {
    const data = new URLSearchParams(await req.text());
    const verdict = FormTokens.consume(data.get("_csrf") ?? "", sessionId, id);
    if (verdict !== "ok") {
      return html(403, `<h1>This form has ${verdict === "expired" ? "expired" : "a problem"}</h1>`);
    }
    const missing = missingFields(def, data);
    if (missing.length) return html(422, `<h1>Please fill in: ${missing.join(", ")}</h1>`);
    received++;
    return html(200, `<h1>Thank you</h1><p>Reference ${id.toUpperCase()}-${received}</p>`);
  }
  return html(405, "<h1>Method not allowed</h1>");
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stats") return Response.json({ received, ...FormTokens.stats() });
  const m = /^\/apply\/([a-z-]+)$/.exec(url.pathname);
  if (m) return handleForm(req, m[1]);
  return html(404, "<h1>Not found</h1>");
});
