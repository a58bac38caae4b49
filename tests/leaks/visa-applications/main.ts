import { ApplicationError, drafts, saveDraft, status, submit, withdraw } from "./applications.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [first, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/status") return json(status());
  if (first !== "applications" || !id) return json({ error: "not found" }, 404);

  if (action === "draft" && req.method === "PATCH") {
    let patch;
    try {
      patch = await req.json();
    } catch {
      throw new ApplicationError(400, "body is not JSON");
    }
    const version = req.headers.get("if-match");
    return json(saveDraft(id, patch, version ? Number(version) : undefined));
  }
  if (action === "draft" && req.method === "GET") {
    const draft = drafts.load(id);
    return draft ? json(draft) : json({ error: `no draft ${id}` }, 404);
  }
  if (action === "submit" && req.method === "POST") return json(submit(id), 201);
  if (action === "withdraw" && req.method === "POST") return json(withdraw(id));
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`visa applications on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    const status = err instanceof ApplicationError ? err.status : 500;
    return json({ error: (err as Error).message }, status);
  }));
