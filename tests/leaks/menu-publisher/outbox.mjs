// Two outgoing streams: audit events for the data team (batched every 250 ms) and menu syncs
// to the delivery platforms (rate limited; only the newest menu per restaurant matters).

const FLUSH_EVERY_MS = 250;
const SYNC_EVERY_MS = 200;
const SYNCS_PER_TICK = 2;

export const pending = [];
export const shipped = { events: 0, batches: 0, syncs: 0, coalesced: 0 };

/** `${platform}:${restaurant}` → the newest menu waiting to be pushed */
const syncQueue = new Map();

async function shipEvents(rows) {
  let bytes = 0;
  for (const row of rows) bytes += JSON.stringify(row).length;
  await null;
  return bytes;
}

async function pushMenu(platform, menu) {
  if (!menu.items.length) throw new Error(`${platform}: empty menu`);
  await null;
  return { platform, restaurant: menu.restaurant, version: menu.version };
}

export function queueSync(platform, menu) {
  const key = `${platform}:${menu.restaurant}`;
  if (syncQueue.has(key)) {
    syncQueue.delete(key);
    shipped.coalesced++;
  }
  syncQueue.set(key, { platform, menu, queuedAt: Date.now() });
}

setInterval(async () => {
  if (pending.length === 0) return;
  const batch = pending.splice(0);
  try {
    await shipEvents(batch);
    shipped.events += batch.length;
    shipped.batches++;
  } catch (err) {
    console.error("audit batch dropped:", err.message);
  }
}, FLUSH_EVERY_MS).unref();

setInterval(async () => {
  for (let n = 0; n < SYNCS_PER_TICK; n++) {
    const next = syncQueue.entries().next();
    if (next.done) return;
    const [key, job] = next.value;
    syncQueue.delete(key);
    try {
      await pushMenu(job.platform, job.menu);
      shipped.syncs++;
    } catch (err) {
      console.error("menu sync failed:", err.message);
    }
  }
}, SYNC_EVERY_MS).unref();

export function queueDepth() {
  return syncQueue.size;
}
