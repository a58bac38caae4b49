import { withDefaults } from "./options.ts";
import { type Invoice, render } from "./pipeline.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/invoices/render" && req.method === "POST") {
    const invoice = await req.json() as Invoice;
    const opts = withDefaults({
      locale: url.searchParams.get("locale") ?? "en-GB",
      currency: url.searchParams.get("currency") ?? "EUR",
    });
    const bytes = render(invoice, opts);
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `inline; filename="${invoice.number}.txt"`,
      },
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`invoice renderer listening on 127.0.0.1:${port}`),
}, handle);
