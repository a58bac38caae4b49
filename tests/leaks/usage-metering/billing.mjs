/** Stands in for the billing service's ingest endpoint. */
const sent = { batches: 0, records: 0 };

export function sendUsage(tenant, records) {
  sent.batches += 1;
  sent.records += records.length;
  return { tenant, accepted: records.length };
}

export function sentSoFar() {
  return { ...sent };
}
