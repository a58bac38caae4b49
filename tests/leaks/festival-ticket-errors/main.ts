import { addItem, BasketError, checkout, recentOrders } from "./basket.ts";
import { reporter } from "./reporting.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "baskets" && parts[2] === "items" && req.method === "POST") {
    const body = await req.json();
    return json(201, addItem(parts[1], body.email, body.sku, body.qty));
  }
  if (parts[0] === "baskets" && parts[2] === "checkout" && req.method === "POST") {
    return json(200, checkout(parts[1], await req.json()));
  }
  if (url.pathname === "/orders/recent") return json(200, recentOrders());
  if (url.pathname === "/debug/errors") {
    return json(200, { ...reporter.stats(), spooled: reporter.spooled(5) });
  }
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`box office on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  reporter.addBreadcrumb({ category: "http", message: `${req.method} ${url.pathname}` });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof BasketError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "body is not JSON" });
    reporter.captureException(err, { tags: { route: url.pathname } });
    return json(500, { error: "something went wrong" });
  }
});
