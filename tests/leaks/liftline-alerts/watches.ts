import { createEffect, createRoot, onCleanup } from "./vendor/signals.ts";
import { type Lift, LiftError, needLift } from "./lifts.ts";
import { type Guest, openChannel } from "./push.ts";

/** A guest waiting for a lift's queue to get short ("tell me when the gondola is under 15"). */
export interface Watch {
  id: string;
  guest: Guest;
  device: string;
  lift: Lift;
  maxWaitMin: number;
  createdAt: number;
  notified: number;
  dispose: () => void;
}

const watches = new Map<string, Watch>();

export interface WatchRequest {
  id: string;
  lift: string;
  maxWaitMin: number;
  device: string;
  guest: Guest;
}

export function startWatch(body: WatchRequest): Watch {
  const lift = needLift(body.lift);
  if (!body.id || !body.device) throw new LiftError(400, "id and device are required");
  if (watches.has(body.id)) throw new LiftError(409, `${body.id} is already watching`);
  return createRoot((dispose) => {
    const watch: Watch = {
      id: body.id,
      guest: { ...body.guest },
      device: body.device,
      lift,
      maxWaitMin: body.maxWaitMin,
      createdAt: Date.now(),
      notified: 0,
      dispose,
    };
    // Re-runs whenever the lift's wait or status changes; the previous run's channel is
    // closed before the next one opens.
    createEffect(async () => {
      const wait = lift.wait();
      if (lift.status() !== "open" || wait > watch.maxWaitMin) return;
      const channel = await openChannel(watch.guest, watch.device, lift.id);
      onCleanup(() => channel.close());
      channel.send(`${lift.name}: the queue is down to ${wait} min`);
      watch.notified++;
    });
    watches.set(watch.id, watch);
    return watch;
  });
}

export function stopWatch(id: string) {
  const watch = watches.get(id);
  if (!watch) throw new LiftError(404, `no watch ${id}`);
  watch.dispose();
  watches.delete(id);
}

export function describe(id: string) {
  const watch = watches.get(id);
  if (!watch) throw new LiftError(404, `no watch ${id}`);
  return {
    id: watch.id,
    lift: watch.lift.id,
    wait: watch.lift.wait(),
    maxWaitMin: watch.maxWaitMin,
    notified: watch.notified,
  };
}

export function watchCount() {
  return watches.size;
}
