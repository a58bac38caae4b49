import { queue, requestExport } from "./exports.ts";
import { ShedError } from "./queue.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/queue") return json(200, queue.stats());
  if (url.pathname === "/exports" && req.method === "POST") {
    const input = await req.json().catch(() => null);
    if (!input || typeof input.company !== "string" || !/^\d{4}-\d{2}$/.test(input.period ?? "")) {
      return json(400, { error: "company and period (YYYY-MM) are required" });
    }
    const result = await requestExport({
      ...input,
      requestedBy: req.headers.get("x-user") ?? undefined,
    });
    if (result.format === "csv" && url.searchParams.get("download") === "1") {
      return new Response(result.body, {
        headers: {
          "content-type": "text/csv",
          "content-disposition": `attachment; filename="${result.company}-${result.period}.csv"`,
        },
      });
    }
    return json(200, result);
  }
  if (url.pathname === "/admin/shed" && req.method === "POST") {
    return json(200, { dropped: queue.shedAll("shed by operator") });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ShedError) {
      return json(503, { error: err.message }, { "retry-after": String(err.retryAfterS) });
    }
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
