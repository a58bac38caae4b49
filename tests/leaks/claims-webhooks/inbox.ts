/**
 * Garage webhooks are delivered at least once: each event id is remembered (the last
 * SEEN_LIMIT of them) and a repeat is acknowledged without being applied again.
 */

const SEEN_LIMIT = 64;
const seen = new Map<string, number>();

/** True the first time an event id is offered. */
export function firstDelivery(eventId: string): boolean {
  if (seen.has(eventId)) return false;
  seen.set(eventId, Date.now());
  if (seen.size > SEEN_LIMIT) seen.delete(seen.keys().next().value!);
  return true;
}
