import { campaigns, campaignStats } from "./campaigns.ts";
import { issue, recent, redeem, VoucherError, voucherForOrder } from "./vouchers.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8871;

async function json<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new VoucherError(400, "body must be JSON");
  }
}

async function handle(req: Request, url: URL): Promise<Response> {
  const issuePath = /^\/campaigns\/([\w-]+)\/vouchers$/.exec(url.pathname);
  if (issuePath && req.method === "POST") {
    return Response.json(issue(issuePath[1], await json(req)), { status: 201 });
  }
  const campaignPath = /^\/campaigns\/([\w-]+)$/.exec(url.pathname);
  if (campaignPath && req.method === "GET") {
    const c = campaigns.get(campaignPath[1]);
    return c
      ? Response.json(campaignStats(c))
      : Response.json({ error: "no such campaign" }, { status: 404 });
  }
  const orderPath = /^\/orders\/([\w-]+)\/voucher(\/redeem)?$/.exec(url.pathname);
  if (orderPath && !orderPath[2] && req.method === "GET") {
    const voucher = voucherForOrder(orderPath[1]);
    return voucher
      ? Response.json(voucher)
      : Response.json({ error: "no voucher for this order" }, { status: 404 });
  }
  if (orderPath && orderPath[2] && req.method === "POST") {
    // The till scans the code from the customer's e-mail; the webshop redeems by order.
    const voucher = voucherForOrder(orderPath[1]);
    if (!voucher) throw new VoucherError(404, "no voucher for this order");
    const body = await json<{ store?: string }>(req);
    return Response.json(redeem(voucher.code, body.store ?? "webshop"));
  }
  if (url.pathname === "/redemptions/recent" && req.method === "GET") {
    return Response.json(recent(Number(url.searchParams.get("n") ?? 10)));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`voucher-issuer on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof VoucherError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
