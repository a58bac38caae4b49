import { PreviewError, PreviewFleet } from "./previews.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const fleet = new PreviewFleet("preview.devbox.internal");

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function view(p: ReturnType<PreviewFleet["get"]>) {
  return {
    id: p.id,
    repo: p.repo,
    pr: p.pr,
    sha: p.sha,
    url: `https://${p.host}/`,
    status: p.status,
    deploys: p.deploys,
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(fleet.stats());
  if (url.pathname === "/events") return json(fleet.events().slice(-10));

  // the edge proxy asks where a preview host goes
  if (url.pathname === "/route") {
    const preview = fleet.route(url.searchParams.get("host") ?? "");
    if (!preview) return json({ error: "preview is asleep or gone" }, 404);
    return json({ upstream: `http://10.8.0.12:${3000 + (preview.pr % 1000)}`, sha: preview.sha });
  }

  if (url.pathname === "/previews" && req.method === "POST") {
    const body = await req.json();
    const pr = Number(body.pr);
    if (typeof body.repo !== "string" || !Number.isInteger(pr) || typeof body.sha !== "string") {
      return json({ error: "repo, pr and sha are required" }, 400);
    }
    return json(view(fleet.create(body.repo, pr, String(body.branch ?? ""), body.sha)), 201);
  }

  if (parts[0] === "previews" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2 && req.method === "GET") return json(view(fleet.get(id)));
    if (parts.length === 2 && req.method === "PATCH") {
      const body = await req.json();
      if (typeof body.sha !== "string") return json({ error: "sha is required" }, 400);
      return json(view(fleet.redeploy(id, body.sha)));
    }
    if (parts[2] === "close" && req.method === "POST") return json(view(fleet.close(id)));
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`preview fleet on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    if (err instanceof PreviewError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
