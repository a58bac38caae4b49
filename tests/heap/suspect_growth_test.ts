/**
 * Growth, not churn: a table counted by its key in each snapshot (a timer pool, a registry,
 * the runtime's open handles of one class) grew when it gained entries at the rate a holder
 * must — over a long run a few more is a bounded pool filling (keep-alive sockets).
 */

import { grew } from "../../heap/analysis/suspect_growth.ts";
import type { GrowthRecord } from "../../heap/analysis/growth.ts";
import type { SnapshotAnalysis } from "../../heap/analysis/analyze.ts";
import { assertEquals } from "../support/assert.ts";

/** A handle table's record with `active` entries in the target. */
function handles(active: number): GrowthRecord {
  return { rootTable: { key: "handles Socket", active } } as unknown as GrowthRecord;
}

Deno.test("a pooled table grew by the entries a holder needs: a few over a long run is a pool filling", () => {
  const none = {} as SnapshotAnalysis;
  const check = (active: number, cycles?: number) =>
    grew(handles(active), 10, 0, undefined, none, none, cycles);
  assertEquals(check(12, 400), false, "two more sockets over 400 cycles");
  assertEquals(check(30, 400), true, "one more every 20 cycles");
  assertEquals(check(12), true, "no cycle count: two more is growth");
  assertEquals(check(11), false);
});

Deno.test("a collection of small integers grew when its storage keeps pace with the cycles", () => {
  const baseline = { ids: Uint32Array.of(7) } as unknown as SnapshotAnalysis;
  const array = (storeBytes: number) =>
    ({
      holderId: 7,
      holderName: "Array",
      newEntries: 0,
      entries: 0,
      storeBytes,
    }) as unknown as GrowthRecord;
  const check = (storeBytes: number, cycles: number) =>
    grew(array(storeBytes), 0, 0, storeBytes, baseline, baseline, cycles);
  // A queue that backed up once and drained: 150 slots kept, nothing in them.
  assertEquals(check(1216, 400), false);
  // A number kept per cycle.
  assertEquals(check(8 * 400 + 16, 400), true);
});
