/**
 * The suppliers' sandbox, in process: what their test environments answer, without the
 * network (SUPPLIER_SANDBOX is on unless a supplier URL is configured).
 */

const STOCK = {
  "A4-80G-500": 1840,
  "A4-100G-250": 310,
  "ENV-C5-500": 96,
  "TONER-HP-59A": 12,
};

let nextSupplierRef = 70001;

export async function sandboxAdapter(config) {
  await new Promise((resolve) => setImmediate(resolve));
  const url = new URL(config.url, config.baseURL);
  const auth = config.headers.authorization ?? "";
  if (!auth.startsWith("Bearer ")) {
    return { status: 401, headers: {}, data: { error: "missing token" }, config };
  }
  if (config.method === "POST" && url.pathname.endsWith("/orders")) {
    const order = config.data;
    const backordered = order.lines.filter((l) => (STOCK[l.sku] ?? 0) < l.quantity);
    return {
      status: 201,
      headers: { "x-request-id": config.headers["x-request-id"] },
      data: {
        supplierRef: `NP-${nextSupplierRef++}`,
        customerRef: order.customerRef,
        status: backordered.length ? "partially_confirmed" : "confirmed",
        backordered: backordered.map((l) => l.sku),
        deliveryDate: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10),
      },
      config,
    };
  }
  if (config.method === "GET" && url.pathname.endsWith("/stock")) {
    const skus = String(config.params?.skus ?? "").split(",").filter(Boolean);
    return {
      status: 200,
      headers: {},
      data: { stock: skus.map((sku) => ({ sku, available: STOCK[sku] ?? 0 })) },
      config,
    };
  }
  return { status: 404, headers: {}, data: { error: "no such endpoint" }, config };
}
