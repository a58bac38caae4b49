import { ConversionError, ConversionQueue } from "./queue.ts";
import { ObjectStore } from "./store.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const store = new ObjectStore();
const queue = new ConversionQueue(store);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const summary = (j: ReturnType<ConversionQueue["find"]> & object) => ({
  ref: j.ref,
  matter: j.matter,
  fileName: j.fileName,
  status: j.status,
  pages: j.pages,
  bytes: j.bytes,
  downloads: j.downloads,
  log: j.log,
});

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, queue.stats());

  if (url.pathname === "/conversions" && req.method === "POST") {
    const body = await req.json();
    for (const field of ["ref", "matter", "fileName", "content"]) {
      if (typeof body[field] !== "string" || !body[field]) {
        return json(400, { error: `${field} is required` });
      }
    }
    const job = queue.submit(body, req.headers.get("x-fee-earner") ?? "unknown");
    return json(202, { ref: job.ref, status: job.status });
  }
  if (parts[0] === "conversions" && parts[1] && parts.length === 2) {
    const job = queue.find(parts[1]);
    return job ? json(200, summary(job)) : json(404, { error: "no such conversion" });
  }
  if (parts[0] === "conversions" && parts[1] && parts[2] === "output") {
    const { job, body } = await queue.collect(parts[1]);
    const name = job.fileName.replace(/\.md$/i, "") + ".pdf";
    return new Response(body as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${name.replace(/"/g, "")}"`,
      },
    });
  }
  if (parts[0] === "matters" && parts[1] && parts[2] === "documents") {
    const docs = queue.forMatter(parts[1]).slice(-20).map(summary);
    return json(200, { matter: parts[1], documents: docs });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof ConversionError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
