import { supplierClient, SupplierError } from "./suppliers.mjs";

const RECENT_LIMIT = 50;
const recent = [];

function validate(body) {
  const number = String(body.number ?? "");
  if (!/^PO-[A-Z0-9-]{1,20}$/.test(number)) throw new SupplierError(422, "bad PO number");
  if (!Array.isArray(body.lines) || body.lines.length === 0 || body.lines.length > 200) {
    throw new SupplierError(422, "a PO needs 1-200 lines");
  }
  return {
    number,
    supplier: String(body.supplier ?? ""),
    costCentre: String(body.costCentre ?? "general"),
    deliverTo: body.deliverTo ?? { site: "HQ", dock: "1" },
    rush: body.rush === true,
    lines: body.lines.map((line) => ({
      sku: String(line.sku),
      quantity: Math.max(1, Math.trunc(Number(line.quantity) || 1)),
      unitPriceCents: Math.max(0, Math.round(Number(line.unitPriceCents) || 0)),
    })),
  };
}

function toSupplierFormat(po) {
  return {
    customerRef: po.number,
    shipTo: po.deliverTo,
    priority: po.rush ? "express" : "standard",
    lines: po.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
  };
}

/** Places a purchase order with the supplier on behalf of the signed-in buyer. */
export async function placePurchaseOrder(ctx, body) {
  const po = validate(body);
  const client = supplierClient(po.supplier);

  // Orders must be placed under the buyer's delegated token (the supplier bills the buyer's
  // account) and carry our request id for their support desk.
  client.interceptors.request.use((config) => {
    config.headers.authorization = `Bearer ${ctx.delegatedToken}`;
    config.headers["x-request-id"] = ctx.requestId;
    config.headers["x-buyer"] = ctx.buyer.email;
    config.headers["x-po-number"] = po.number;
    return config;
  });

  const { data } = await client.post("orders", toSupplierFormat(po));
  const placed = {
    ...po,
    supplierRef: data.supplierRef,
    status: data.status,
    backordered: data.backordered,
    deliveryDate: data.deliveryDate,
    placedBy: ctx.buyer.email,
    placedAt: new Date().toISOString(),
    totalCents: po.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0),
  };
  recent.push(placed);
  if (recent.length > RECENT_LIMIT) recent.splice(0, recent.length - RECENT_LIMIT);
  return placed;
}

export function findRecent(number) {
  return recent.findLast((po) => po.number === number);
}

export async function checkStock(supplierId, skus) {
  const { data } = await supplierClient(supplierId).get("stock", {
    params: { skus: skus.join(",") },
  });
  return data.stock;
}
