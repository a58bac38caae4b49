/** Stock at the Tilburg fulfilment centre (the WMS client, simulated in-process). */

export class StockError extends Error {}

interface StockLevel {
  onHand: number;
  reserved: number;
  reorderAt: number;
  reorderQty: number;
}

const stock = new Map<string, StockLevel>([
  ["TEA-SENCHA-100", { onHand: 400, reserved: 0, reorderAt: 80, reorderQty: 400 }],
  ["TEA-ROOIBOS-100", { onHand: 250, reserved: 0, reorderAt: 60, reorderQty: 300 }],
  ["POT-CAST-IRON", { onHand: 40, reserved: 0, reorderAt: 10, reorderQty: 40 }],
  ["CUP-SET-4", { onHand: 120, reserved: 0, reorderAt: 20, reorderQty: 120 }],
]);

const reservations = new Map<string, { sku: string; qty: number }[]>();
let purchaseOrders = 0;

export function knownSku(sku: string): boolean {
  return stock.has(sku);
}

export function reserve(orderId: string, items: { sku: string; qty: number }[]): string {
  for (const item of items) {
    const level = stock.get(item.sku);
    if (!level) throw new StockError(`unknown sku ${item.sku}`);
    if (level.onHand - level.reserved < item.qty) {
      throw new StockError(`not enough ${item.sku} (${level.onHand - level.reserved} free)`);
    }
  }
  for (const item of items) stock.get(item.sku)!.reserved += item.qty;
  reservations.set(orderId, items);
  return `RSV-${orderId}`;
}

export function release(orderId: string): void {
  const items = reservations.get(orderId);
  if (!items) return;
  for (const item of items) stock.get(item.sku)!.reserved -= item.qty;
  reservations.delete(orderId);
}

/** The pick is done: reserved units leave the shelf; reorder what runs low. */
export function pick(orderId: string): void {
  const items = reservations.get(orderId);
  if (!items) throw new StockError(`no reservation for ${orderId}`);
  for (const item of items) {
    const level = stock.get(item.sku)!;
    level.reserved -= item.qty;
    level.onHand -= item.qty;
    if (level.onHand <= level.reorderAt) {
      level.onHand += level.reorderQty; // the supplier delivers overnight
      purchaseOrders++;
    }
  }
  reservations.delete(orderId);
}

export function stockReport() {
  return {
    purchaseOrders,
    levels: Object.fromEntries(
      [...stock].map(([sku, l]) => [sku, { free: l.onHand - l.reserved, onHand: l.onHand }]),
    ),
  };
}
