/**
 * Graceful shutdown: on SIGTERM the service stops taking uploads, and clients waiting on a
 * proxy get a 503 at once so the load balancer can retry them elsewhere.
 */
export const DRAINED = Symbol("drained");

let startDraining;
export const draining = new Promise((resolve) => {
  startDraining = resolve;
});

export let isDraining = false;

process.once("SIGTERM", () => {
  isDraining = true;
  startDraining(DRAINED);
  setTimeout(() => process.exit(0), 250).unref();
});
