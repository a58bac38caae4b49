import { editSection, getSection, HandbookError, listSections, revisions } from "./handbook.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [a, slug, sub, n] = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (a !== "handbook") return json(404, { error: "not found" });
  if (!slug) return json(200, listSections());

  if (!sub && req.method === "GET") return json(200, getSection(slug));
  if (!sub && req.method === "PATCH") {
    let edit: Record<string, unknown>;
    try {
      edit = await req.json();
    } catch {
      throw new HandbookError(400, "bad JSON");
    }
    const author = req.headers.get("x-author") ?? "unknown";
    const { section, kept } = editSection(slug, edit, author);
    return json(200, { slug, revision: section.revision, history: kept });
  }
  if (sub === "revisions" && req.method === "GET") {
    getSection(slug);
    if (n) {
      const rev = revisions.get(slug, Number(n));
      return rev ? json(200, rev) : json(404, { error: "no such revision" });
    }
    const count = Number(url.searchParams.get("count") ?? 10);
    return json(
      200,
      revisions.latest(slug, count).map(({ n, author, at, summary, words }) => ({
        n,
        author,
        at,
        summary,
        words,
      })),
    );
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof HandbookError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
console.log(`handbook on :${port}`);
