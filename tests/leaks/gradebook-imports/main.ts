import { classGrades, ImportError, importGrades, progress } from "./imports.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (parts[0] === "imports" && req.method === "POST" && parts[1]) {
    // POST /imports/:id?class=10X/Ma1, CSV body
    const className = url.searchParams.get("class") ?? "";
    const teacher = req.headers.get("x-teacher") ?? "unknown";
    const summary = await importGrades(parts[1], className, teacher, await req.text());
    return json(summary.rejected.length ? 207 : 200, summary);
  }
  if (parts[0] === "imports" && parts[1] && req.method === "GET") {
    return json(200, progress(parts[1]));
  }
  if (parts[0] === "classes" && parts.length >= 2 && req.method === "GET") {
    const grades = classGrades(decodeURIComponent(parts.slice(1).join("/")));
    return grades ? json(200, grades) : json(404, { error: "no grades for that class" });
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`gradebook imports on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      err instanceof ImportError
        ? json(err.status, { error: err.message })
        : json(500, { error: String(err) })
    ),
);
