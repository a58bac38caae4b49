// Per-destination-domain concurrency: receiving servers throttle senders that open too many
// connections, so no more than MAX_PER_DOMAIN deliveries run to one domain at a time.

const MAX_PER_DOMAIN = 2;

const slots = new Map();

export async function withDomainSlot(domain, fn) {
  let slot = slots.get(domain);
  if (!slot) {
    slot = { active: 0, waiting: [] };
    slots.set(domain, slot);
  }
  if (slot.active >= MAX_PER_DOMAIN) {
    await new Promise((resolve) => slot.waiting.push(resolve));
  } else {
    slot.active++;
  }
  try {
    return await fn();
  } finally {
    const next = slot.waiting.shift();
    if (next) {
      // hand our slot straight to the next delivery
      next();
    } else {
      slot.active--;
      if (slot.active === 0) slots.delete(domain);
    }
  }
}

export function slotStats() {
  return { domains: slots.size };
}
