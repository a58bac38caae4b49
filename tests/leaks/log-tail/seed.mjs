const SERVICES = ["checkout", "search", "auth", "catalog"];
const MESSAGES = {
  checkout: ["payment authorised", "cart converted to order", "3-D Secure challenge timed out"],
  search: ["query served from cache", "slow query over 800 ms", "index refreshed"],
  auth: ["login succeeded", "token refreshed", "password reset requested"],
  catalog: ["price list imported", "product updated", "image variant missing"],
};
const LEVEL_CYCLE = ["info", "info", "debug", "info", "warn", "info", "error"];

/** A plausible hour of log records, oldest first. */
export function sampleRecords(count) {
  const start = Date.now() - 3_600_000;
  const records = [];
  for (let n = 0; n < count; n++) {
    const service = SERVICES[n % SERVICES.length];
    const messages = MESSAGES[service];
    records.push({
      at: new Date(start + n * 4_000).toISOString(),
      service,
      level: LEVEL_CYCLE[n % LEVEL_CYCLE.length],
      message: messages[n % messages.length],
      requestId: `r-${(n * 7919).toString(36)}`,
    });
  }
  return records;
}
