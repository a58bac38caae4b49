import { DownloadError, pending, prepare, take } from "./downloads.ts";
import { yearTotals } from "./payroll.ts";
import { renderStatement } from "./statement.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8861;

/** The portal's gateway puts the signed-in employee in this header. */
function employeeOf(req: Request): string | null {
  return req.headers.get("x-employee-id");
}

async function handle(req: Request, url: URL): Promise<Response> {
  const generate = /^\/employees\/(E-\d+)\/statements\/(\d{4})$/.exec(url.pathname);
  if (generate && req.method === "POST") {
    const [, employee, year] = generate;
    if (employeeOf(req) !== employee) throw new DownloadError(403, "not your statement");
    const totals = yearTotals(employee, Number(year));
    if (!totals) throw new DownloadError(404, `no statement for ${employee} in ${year}`);
    const text = renderStatement(totals);
    const blob = new Blob([text], { type: "text/plain; charset=utf-8" });
    const link = prepare(
      `${employee}-${year}`,
      employee,
      `jaaropgaaf-${year}-${employee}.txt`,
      blob,
    );
    return Response.json(link, { status: 201 });
  }
  const download = /^\/downloads\/([\w-]+)$/.exec(url.pathname);
  if (download && req.method === "GET") return await take(download[1], employeeOf(req));
  if (url.pathname === "/downloads" && req.method === "GET") {
    return Response.json({ waiting: pending() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`tax-forms on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof DownloadError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
