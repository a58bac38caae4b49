import { InvoiceCalculator, type TimesheetEntry } from "./invoice.ts";
import { CLIENTS, CONSULTANTS, RATE_CARD } from "./rates.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8793;

function isEntry(value: unknown): value is TimesheetEntry {
  const e = value as TimesheetEntry;
  return typeof e?.id === "string" && typeof e.consultant === "string" &&
    typeof e.project === "string" && typeof e.hours === "number" && e.hours > 0;
}

async function handle(req: Request, url: URL): Promise<Response> {
  const preview = /^\/clients\/([\w-]+)\/invoice-preview$/.exec(url.pathname);
  const client = preview && CLIENTS.get(preview[1]);
  if (preview && req.method === "POST") {
    if (!client) return Response.json({ error: "unknown client" }, { status: 404 });
    const body = await req.json().catch(() => null);
    const entries: unknown[] = Array.isArray(body?.entries) ? body.entries : [];
    if (!entries.every(isEntry)) {
      return Response.json({ error: "invalid timesheet entries" }, { status: 400 });
    }
    const calculator = new InvoiceCalculator(client);
    return Response.json(calculator.preview(String(body.period ?? ""), entries));
  }
  const rates = /^\/clients\/([\w-]+)\/rates$/.exec(url.pathname);
  if (rates && req.method === "GET") {
    const c = CLIENTS.get(rates[1]);
    if (!c) return Response.json({ error: "unknown client" }, { status: 404 });
    const calculator = new InvoiceCalculator(c);
    const projects = ["erp-migration", "data-audit"];
    return Response.json(
      Object.keys(CONSULTANTS).map((consultant) => ({
        consultant,
        role: CONSULTANTS[consultant].role,
        list: RATE_CARD[CONSULTANTS[consultant].role],
        rates: Object.fromEntries(projects.map((p) => [p, calculator.rateFor(consultant, p)])),
      })),
    );
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`consulting-billing on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
