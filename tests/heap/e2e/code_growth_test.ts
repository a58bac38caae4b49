/**
 * JIT-compiled code is reported apart from heap growth: between two snapshots captured over a
 * real `--inspect` session, functions that had never run get hot (tests/support/
 * heap_jit_target.mjs), so V8 compiles bytecode, feedback vectors and machine code for them
 * while the program keeps no new objects. The compare totals must show that growth as
 * `codeSizeDelta` and leave it out of `sizeDeltaExcludingCode`.
 */

import { compareSnapshotFiles, formatCompareText } from "../../../heap/mod.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { startInspectTarget, withInspectorSession } from "../../support/inspect_target.ts";

const TARGET = new URL("../../support/heap_jit_target.mjs", import.meta.url).pathname;

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`compiled code growth is separated from heap growth (${runtime})`, async () => {
    const dir = await Deno.makeTempDir({ prefix: `heap-jit-${runtime}-` });
    try {
      const target = await startInspectTarget({
        runtime,
        script: TARGET,
        withHttpPort: true,
        readyPath: "/hot?n=0",
      });
      const before = `${dir}/before.heapsnapshot`;
      const after = `${dir}/after.heapsnapshot`;
      await withInspectorSession(target, `${runtime} jit target`, async (session) => {
        await session.captureSnapshot(before);
        const res = await fetch(`http://127.0.0.1:${target.httpPort}/hot?n=300000`);
        assertEquals(res.status, 200);
        await res.body?.cancel();
        await session.captureSnapshot(after);
      });
      const cycles = 4;
      const report = await compareSnapshotFiles({ before, after, cycles, includeInternals: true });
      const t = report.totals;

      // Four functions went from never-run to optimized: kilobytes of code, not bytes.
      assert(t.codeSizeDelta > 2048, `codeSizeDelta ${t.codeSizeDelta} B, expected > 2 KB`);
      assertEquals(t.sizeDeltaExcludingCode, t.sizeDelta - t.codeSizeDelta);
      assertEquals(t.sizeDeltaExcludingCodePerCycle, t.sizeDeltaExcludingCode / cycles);
      // The program keeps nothing new, so most of the growth must be the compiled code.
      assert(
        t.codeSizeDelta > t.sizeDeltaExcludingCode,
        `code +${t.codeSizeDelta} B should outweigh the rest, +${t.sizeDeltaExcludingCode} B`,
      );
      // The heap line says how much of the growth is code, so nobody reads it as a leak.
      const headline = formatCompareText(report).split("\n").find((l) => l.startsWith("Heap "))!;
      assert(
        headline.includes("of it JIT-compiled code (not a leak)"),
        `headline: ${headline}`,
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
}
