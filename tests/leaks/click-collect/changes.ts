import { on } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import { orderEvents, type StatusEvent } from "./orders.ts";

// The app long-polls: it asks for changes after the version it has, and gets one as soon as
// there is one, or 204 after a while and asks again.
const LONG_POLL_MS = 150;

/** The order's next change after `version`, or null if none comes within the long-poll. */
export async function nextChange(orderId: string, version: number): Promise<StatusEvent | null> {
  const change = (async () => {
    for await (const [event] of on(orderEvents, "status")) {
      const e = event as StatusEvent;
      if (e.orderId === orderId && e.version > version) return e;
    }
    return null;
  })();
  const timeout = delay(LONG_POLL_MS).then(() => null);
  return await Promise.race([change, timeout]);
}
