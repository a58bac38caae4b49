import { downloadStats, statementDownload } from "./downloads.ts";
import { installSignalHandlers, shutdown } from "./lifecycle.ts";
import { transactions } from "./statements.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8095;

const ACCOUNT =
  /^\/accounts\/(NL\d\d[A-Z]{4}\d{1,10})\/(?:statements\/(\d{4}-\d\d)\.csv\.gz|balance)$/;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const m = url.pathname.match(ACCOUNT);
  if (m && m[2]) return statementDownload(m[1], m[2]);
  if (m) {
    const month = url.searchParams.get("month") ?? "2025-04";
    let last = 0;
    for await (const t of transactions(m[1], month)) last = t.balanceCents;
    return Response.json({ account: m[1], month, balance: (last / 100).toFixed(2) });
  }
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/admin/downloads") return Response.json(downloadStats);
  return Response.json({ error: "not found" }, { status: 404 });
}

installSignalHandlers();
Deno.serve({
  hostname: "127.0.0.1",
  port,
  signal: shutdown.signal,
  onListen: ({ port }) => console.log(`statement downloads on 127.0.0.1:${port}`),
}, handle);
