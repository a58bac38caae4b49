/**
 * find_retainers on real snapshots (Deno and Node): a weak reference (WeakRef, WeakMap key)
 * never counts as a holder, and the object is held as the variable the program declared.
 */

import { findRetainers } from "../../../heap/mod.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { captureSnapshot, type Runtime } from "../../support/capture_inprocess.ts";
import { withTempDir } from "../../support/testdata.ts";
import { startInspectTarget } from "../../support/inspect_target.ts";
import { InspectorSession } from "../../../inspector/mod.ts";

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
      assertEquals(held.ownerPath, "kept[0]");
      assert(!/weak/.test(held.rendered), held.rendered);
    });
  });
}

// An AbortSignal's listeners, kept by a module's controller and snapshotted while the program
// idles, as a service's would be: named by their event, as the suspects name them (Node keeps
// them in a Map of linked lists: the list's link is no event name).
const LIFECYCLE = {
  deno: ["lifecycle.mjs", "export const shutdown = new AbortController();\n"],
  node: [
    "lifecycle.cjs",
    "const shutdown = new AbortController();\nmodule.exports = { shutdown };\n",
  ],
} as const;

const JOBS = (runtime: Runtime) =>
  `${
    runtime === "deno"
      ? 'import { shutdown } from "./lifecycle.mjs";'
      : 'const { shutdown } = require("./lifecycle.cjs");'
  }
class Job { constructor(n) { this.n = n; this.rows = ["row-" + n]; } }
function startJob(n) {
  const job = new Job(n);
  shutdown.signal.addEventListener("abort", () => job.rows.length = 0);
  return job.n;
}
for (let i = 0; i < 20; i++) startJob(i);
setInterval(() => {}, 1000);
`;

for (const runtime of ["deno", "node"] as Runtime[]) {
  Deno.test(`find_retainers (${runtime}): an AbortSignal's listeners are named by their event`, async () => {
    await withTempDir(async (dir) => {
      const [lib, text] = LIFECYCLE[runtime];
      await Deno.writeTextFile(`${dir}/${lib}`, text);
      const script = `${dir}/jobs.${runtime === "deno" ? "mjs" : "cjs"}`;
      await Deno.writeTextFile(script, JOBS(runtime));
      const target = await startInspectTarget({ runtime, script, runtimeFlags: [] });
      const session = await InspectorSession.connect({ port: target.inspectPort });
      try {
        const file = `${dir}/jobs.heapsnapshot`;
        await session.captureSnapshot(file);
        const r = await findRetainers({ file, target: "Job", limit: 3 });
        assertEquals(r.matched, 20);
        for (const o of r.objects) {
          assertEquals(o.ownerPath, "shutdown.signal 'abort' listeners", o.rendered);
        }
      } finally {
        await session.close();
        await target.stop();
      }
    });
  });
}
