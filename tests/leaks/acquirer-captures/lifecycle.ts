/**
 * Pod lifecycle. When the load balancer takes the pod out (POST /admin/drain) requests still
 * waiting on the acquirer give up with a 503 so the caller retries on another pod, instead of
 * the pod waiting for slow acquirer calls before it can stop.
 */

export class DrainingError extends Error {
  readonly status = 503;
  constructor() {
    super("this node is draining; retry on another");
  }
}

let beginDrain!: (err: DrainingError) => void;
export const draining: Promise<never> = new Promise((_resolve, reject) => {
  beginDrain = reject;
});
// nobody may be waiting when it happens
draining.catch(() => {});

let drainingSince: number | null = null;

export function drain() {
  if (drainingSince !== null) return;
  drainingSince = Date.now();
  beginDrain(new DrainingError());
}

export function drainState() {
  return { draining: drainingSince !== null, since: drainingSince };
}

/** Waits for an acquirer call, unless the node starts draining first. */
export function unlessDraining<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, draining]);
}
