import { shutdown } from "./lifecycle.ts";
import { openWorkspace, type StatementJob } from "./workspace.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8939;

const encoder = new TextEncoder();
const rendered = { statements: 0, pages: 0, bytes: 0 };
const LINES_PER_PAGE = 40;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function euros(cents: number): string {
  return (cents / 100).toFixed(2).padStart(12);
}

async function render(job: StatementJob) {
  await using ws = openWorkspace(job);
  let total = 0;
  let used = 0;
  for (let n = 0; n < Math.max(1, job.lines.length); n += LINES_PER_PAGE) {
    const page = ws.page();
    const text = [`Statement ${job.account} ${job.month}`, ""];
    for (const line of job.lines.slice(n, n + LINES_PER_PAGE)) {
      total += line.cents;
      text.push(`${line.date}  ${line.text.padEnd(40).slice(0, 40)} ${euros(line.cents)}`);
    }
    const { written } = encoder.encodeInto(text.join("\n"), page);
    used += written;
    ws.log.push(`page ${ws.pageCount}: ${written} bytes`);
  }
  rendered.statements++;
  rendered.pages += ws.pageCount;
  rendered.bytes += used;
  return { account: job.account, month: job.month, pages: ws.pageCount, totalCents: total };
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/statements" && req.method === "POST") {
    const b = await req.json();
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{4,30}$/.test(String(b.account))) {
      return json({ error: "account (IBAN)" }, 422);
    }
    if (!/^\d{4}-\d{2}$/.test(String(b.month))) return json({ error: "month YYYY-MM" }, 422);
    const lines = Array.isArray(b.lines) ? b.lines.slice(0, 500) : [];
    const job: StatementJob = {
      account: b.account,
      month: b.month,
      requestedBy: req.headers.get("x-user") ?? "anonymous",
      lines: lines.map((l: Record<string, unknown>) => ({
        date: String(l.date ?? ""),
        text: String(l.text ?? ""),
        cents: Math.trunc(Number(l.cents) || 0),
      })),
    };
    return json(await render(job), 201);
  }
  if (url.pathname === "/stats") return json(rendered);
  return json({ error: "not found" }, 404);
}

Deno.addSignalListener("SIGTERM", () => shutdown("SIGTERM").finally(() => Deno.exit(0)));

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String(err) }, 400);
  }
});
console.log(`statement-renders on 127.0.0.1:${port}`);
