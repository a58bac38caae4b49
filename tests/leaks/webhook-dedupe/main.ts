import { receiveWebhook } from "./webhooks.ts";
import { totals } from "./ledger.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const WEBHOOK = new URLPattern({ pathname: "/webhooks/:source" });

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`webhook receiver ready on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/ledger/totals") return Response.json(totals());

  const match = WEBHOOK.exec(url);
  if (match && req.method === "POST") {
    const { status, body } = await receiveWebhook(match.pathname.groups.source ?? "", req);
    return Response.json(body, { status });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
