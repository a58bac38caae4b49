/**
 * find_retainers on real snapshots (Deno and Node): a weak reference (WeakRef, WeakMap key)
 * never counts as a holder, and the object is held as the variable the program declared.
 */

import { findRetainers } from "../../../heap/mod.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { captureSnapshot, type Runtime } from "../../support/capture_inprocess.ts";
import { withTempDir } from "../../support/testdata.ts";

const PROGRAM = `
class Held { constructor() { this.payload = "x".repeat(64); } }
globalThis.kept = [new Held()];
globalThis.weakRef = new WeakRef(globalThis.kept[0]);
globalThis.weakMap = new WeakMap([[globalThis.kept[0], { note: "weakly keyed" }]]);
`;

for (const runtime of ["deno", "node"] as Runtime[]) {
  Deno.test(`find_retainers (${runtime}): weak references are never holders`, async () => {
    await withTempDir(async (dir) => {
      const file = await captureSnapshot(runtime, PROGRAM, dir);
      const r = await findRetainers({ file, target: "Held", limit: 1 });
      assertEquals(r.matched, 1);
      const held = r.objects[0];
      assert(held.directRetainers.length > 0, "the array holds it");
      for (const h of held.directRetainers) {
        assert(h.edgeType !== "weak", `a weak edge shown as a holder: ${JSON.stringify(h)}`);
      }
      assertEquals(held.ownerPath, "globalThis.kept[0]");
      assert(!/weak/.test(held.rendered), held.rendered);
    });
  });
}
