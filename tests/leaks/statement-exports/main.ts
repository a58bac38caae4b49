import { statementCsv } from "./csv.ts";
import { runningExports } from "./export_jobs.ts";
import { StatementError } from "./ledger.ts";
import { statementPdf } from "./pdf.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8133;

const STATEMENT = new URLPattern({
  pathname: "/accounts/:iban/statements/:month(\\d{4}-\\d{2}).:format(csv|pdf)",
});

function route(req: Request): Response {
  const url = new URL(req.url);
  if (req.method !== "GET") return Response.json({ error: "method not allowed" }, { status: 405 });
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/backoffice/exports") return Response.json(runningExports());

  const m = STATEMENT.exec(url);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const { iban, month, format } = m.pathname.groups as Record<string, string>;
  const filename = `statement-${iban}-${month}.${format}`;
  if (format === "csv") {
    return new Response(statementCsv(iban, month), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
      },
    });
  }
  const holder = req.headers.get("x-account-holder") ?? "Account holder";
  return new Response(statementPdf(iban, month, holder), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${filename}"`,
    },
  });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`statement exports on 127.0.0.1:${port}`),
}, (req) => {
  try {
    return route(req);
  } catch (err) {
    if (err instanceof StatementError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
