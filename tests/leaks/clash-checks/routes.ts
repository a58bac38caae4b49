import { isBox } from "./geometry.ts";
import { place, register, strike, summary, type TemporaryWork } from "./temporary_works.ts";

const STRIKE = /^\/temporary-works\/(TW-\d+)\/strike$/;
const KINDS = new Set(["scaffold", "propping", "formwork", "hoist"]);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/summary") return json(summary());

  if (req.method === "GET" && url.pathname === "/clashes") {
    const element = url.searchParams.get("element");
    if (!element) return json({ error: "element is required" }, 400);
    return json({ element, clashes: register.of(element) });
  }

  if (req.method === "POST" && url.pathname === "/temporary-works") {
    const body = await req.json().catch(() => null);
    if (!/^TW-\d+$/.test(body?.id ?? "") || !KINDS.has(body?.kind) || !isBox(body?.box)) {
      return json({ error: "id, kind and box are required" }, 400);
    }
    const work: TemporaryWork = {
      id: body.id,
      kind: body.kind,
      description: String(body.description ?? ""),
      contractor: String(body.contractor ?? "main contractor"),
      box: body.box,
      erectedAt: new Date().toISOString(),
    };
    try {
      const clashes = place(work);
      return json({
        id: work.id,
        clashes: clashes.length,
        critical: clashes.filter((c) => c.severity === "critical").length,
      }, 201);
    } catch (err) {
      return json({ error: (err as Error).message }, 409);
    }
  }

  const m = STRIKE.exec(url.pathname);
  if (req.method === "POST" && m) {
    try {
      return json({ id: m[1], cleared: strike(m[1]) });
    } catch (err) {
      return json({ error: (err as Error).message }, 404);
    }
  }
  return json({ error: "not found" }, 404);
}
