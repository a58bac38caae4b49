/** A page-view beacon as the site's script sends it, enriched by the edge. */
export interface Beacon {
  type: "pageview" | "event";
  page: string;
  referrer: string | null;
  visitor: string;
  country: string;
  ua: string;
  at: string;
  name?: string;
}

/**
 * Beacons waiting to be shipped to the analytics vendor, as NDJSON. A timer flushes them in
 * one POST; what the vendor has accepted is cut off the front (beacons appended while the
 * request was out stay for the next flush).
 */
export class BeaconOutbox {
  static pending = "";
  static pendingCount = 0;
  static endpoint = "";
  static flushing = false;
  static stats = { flushes: 0, shipped: 0, failures: 0, lastStatus: 0 };

  static append(beacon: Beacon) {
    BeaconOutbox.pending += JSON.stringify(beacon) + "\n";
    BeaconOutbox.pendingCount++;
  }

  static async flush(): Promise<void> {
    if (BeaconOutbox.flushing || !BeaconOutbox.pending || !BeaconOutbox.endpoint) return;
    BeaconOutbox.flushing = true;
    const body = BeaconOutbox.pending;
    const count = BeaconOutbox.pendingCount;
    try {
      const res = await fetch(BeaconOutbox.endpoint, {
        method: "POST",
        headers: { "content-type": "application/x-ndjson", "x-beacon-count": String(count) },
        body,
        signal: AbortSignal.timeout(2000),
      });
      await res.body?.cancel();
      BeaconOutbox.stats.flushes++;
      BeaconOutbox.stats.lastStatus = res.status;
      if (res.status === 200) {
        BeaconOutbox.pending = BeaconOutbox.pending.slice(body.length);
        BeaconOutbox.pendingCount -= count;
        BeaconOutbox.stats.shipped += count;
      } else if (res.status >= 400) {
        BeaconOutbox.stats.failures++;
      }
    } catch {
      BeaconOutbox.stats.failures++;
    } finally {
      BeaconOutbox.flushing = false;
    }
  }
}
