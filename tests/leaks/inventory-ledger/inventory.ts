import { app, type Movement } from "./state.ts";

const REASONS = new Set<Movement["reason"]>(["order", "restock", "correction", "return"]);

export class StockError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export function adjustStock(
  sku: string,
  input: { delta?: unknown; reason?: unknown; reference?: unknown },
): Movement {
  const onHand = app.state.stock.get(sku);
  if (onHand === undefined) throw new StockError(`unknown SKU ${sku}`, 404);
  const delta = Number(input.delta);
  if (!Number.isInteger(delta) || delta === 0) {
    throw new StockError("delta must be a non-zero integer", 400);
  }
  if (!REASONS.has(input.reason as Movement["reason"])) throw new StockError("invalid reason", 400);
  if (onHand + delta < 0) throw new StockError(`only ${onHand} of ${sku} left`, 409);

  const balance = onHand + delta;
  app.state.stock.set(sku, balance);
  const movement: Movement = {
    sku,
    delta,
    reason: input.reason as Movement["reason"],
    reference: String(input.reference ?? ""),
    balance,
    at: Date.now(),
  };
  app.state.ledger.movements.push(movement);
  app.state.ledger.lastMovementAt = movement.at;
  return movement;
}

export function stockLevel(sku: string) {
  const onHand = app.state.stock.get(sku);
  if (onHand === undefined) return undefined;
  return { sku, onHand, low: onHand <= app.config.lowStockThreshold };
}
