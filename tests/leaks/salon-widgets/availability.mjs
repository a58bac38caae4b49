/** Free start times per day, from the salon's opening hours and the holds on its chairs. */

const holds = new Map();
const CACHE_DAYS = 14;

function holdsOn(slug, date) {
  return [...holds.values()].filter((h) => h.slug === slug && h.start.startsWith(date));
}

export function freeSlots(ctx, date, service) {
  const minutes = ctx.salon.services[service];
  if (minutes === undefined) return undefined;
  const key = `${date}|${service}`;
  const cached = ctx.availability.get(key);
  if (cached && cached.version === holds.size) return cached.slots;
  const taken = holdsOn(ctx.slug, date);
  const slots = [];
  for (let h = ctx.salon.opens; h * 60 + minutes <= ctx.salon.closes * 60; h++) {
    for (const m of [0, 30]) {
      const start = `${date}T${String(h).padStart(2, "0")}:${m ? "30" : "00"}`;
      const busy = taken.filter((t) => t.start === start).length;
      if (busy < ctx.salon.chairs) slots.push({ start, chairsFree: ctx.salon.chairs - busy });
    }
  }
  ctx.availability.delete(key);
  ctx.availability.set(key, { version: holds.size, slots });
  if (ctx.availability.size > CACHE_DAYS) {
    ctx.availability.delete(ctx.availability.keys().next().value);
  }
  return slots;
}

/** A chair held for ten minutes while the client fills in the widget's form. */
export function placeHold(ctx, { id, service, start, client }) {
  if (holds.has(id)) return { error: "hold exists" };
  if (ctx.salon.services[service] === undefined) return { error: "unknown service" };
  const hold = { id, slug: ctx.slug, service, start, client, placedAt: Date.now() };
  holds.set(id, hold);
  ctx.stats.holds++;
  return { hold };
}

export function releaseHold(id) {
  return holds.delete(id);
}
