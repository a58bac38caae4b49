// Per-request resolution: repositories stamp every write with the caller and the request id,
// so the request's context is handed to each OrderRepository as the container activates it.
import { randomUUID } from "node:crypto";
import { container, TYPES } from "./container.mjs";

export function orderServiceFor(req) {
  const context = {
    actor: String(req.headers["x-user"] ?? "anonymous"),
    requestId: String(req.headers["x-request-id"] ?? randomUUID()),
  };
  container.onActivation(TYPES.OrderRepository, (_ctx, repo) => {
    repo.actor = context.actor;
    repo.requestId = context.requestId;
    return repo;
  });
  return container.get(TYPES.OrderService);
}

export function deskStats() {
  const store = container.get(TYPES.OrderStore);
  const audit = container.get(TYPES.AuditLog);
  return {
    open: store.open.size,
    shipped: store.shippedCount,
    lastShipped: store.shipped.slice(-5),
    lastAudit: audit.entries.slice(-5),
  };
}
