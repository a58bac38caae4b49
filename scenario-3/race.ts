/**
 * Shows both bugs of the order service in a few seconds: adds `--items` items to one order,
 * `--concurrency` requests at a time (as a busy shop's clients would), then reads the order back
 * and counts the items that were lost; then checks out an order holding more of a product than
 * is in stock, and reads the stock.
 *
 *     deno run --allow-net=127.0.0.1 scenario-3/race.ts [--url=http://127.0.0.1:8088]
 *         [--items=40] [--concurrency=8]
 *
 * @module
 */

function flag(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return Deno.args.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

const base = flag("url", "http://127.0.0.1:8088").replace(/\/$/, "");
const items = Number(flag("items", "40"));
const concurrency = Number(flag("concurrency", "8"));

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const created = await call("POST", "/orders", { customer: "race-check" });
const orderId = created.body.id;
let next = 0;
let ok = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < items) {
      const n = next++;
      const r = await call("POST", `/orders/${orderId}/items`, { sku: `sku-${(n % 4) + 1}` });
      if (r.status === 200) ok++;
    }
  }),
);
const order = (await call("GET", `/orders/${orderId}`)).body;
const lost = ok - order.items.length;
console.log(
  `order ${orderId}: ${ok} items added (HTTP 200), ${order.items.length} in the order, ` +
    `version ${order.version}: ${lost > 0 ? `${lost} updates lost` : "none lost"}`,
);

// sku-5 has one left: an order for two must not be confirmed.
const short = (await call("POST", "/orders", { customer: "stock-check" })).body.id;
await call("POST", `/orders/${short}/items`, { sku: "sku-5", qty: 2 });
const before = (await call("GET", "/stock/sku-5")).body.available;
const checkout = await call("POST", `/orders/${short}/checkout`);
await new Promise((r) => setTimeout(r, 100));
const after = (await call("GET", "/stock/sku-5")).body.available;
console.log(
  `checkout of 2 × sku-5 with ${before} in stock: HTTP ${checkout.status}, order ` +
    `${checkout.body.status ?? checkout.body.error}; stock now ${after}`,
);
