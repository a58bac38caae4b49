/**
 * `deno task demo --pattern=c` for real: the driver starts the MCP server over stdio and the
 * scenario-3 order service (buggy, then fixed) with `--inspect`, puts logpoints on the read and
 * the write of an order, drives concurrent adds and catches exceptions at checkout. The report
 * must show the lost update on the buggy service only (with its logpoint table), name the
 * missing await's line, and no process may be left.
 */
import { assert, assertEquals, assertStringIncludes } from "../../support/demo_assert.ts";
import { alive, lineIn, pidsIn, REPO, runDemo } from "../../support/demo_run.ts";
import type { PatternCFindings } from "../../../demo/pattern_c.ts";

Deno.test({
  name: "demo --pattern=c: the lost update in the logpoint table, the missing await, the fix",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const out = await Deno.makeTempDir({ prefix: "demo-c-e2e-" });
    try {
      const result = await runDemo(out, ["--pattern=c"], 180_000);
      const { stdout, stderr } = result;
      assertEquals(result.code, 0, `demo failed:\n${stdout}\n${stderr}`);
      assertStringIncludes(stdout, "Pattern C on scenario 3 through the MCP server");

      const source = await Deno.readTextFile(`${REPO}scenario-3/app.ts`);
      const missingAwait = `scenario-3/app.ts:${lineIn(source, "reserveStock(order.items);")}`;
      const f: PatternCFindings = JSON.parse(
        await Deno.readTextFile(`${out}/pattern-c/findings.json`),
      );
      assert(f.buggy.doubleReads.length > 0, "the buggy service reads a version twice");
      assertEquals(f.fixed.doubleReads, [], "the fixed twin never does");
      assertEquals(f.fixed.items.inOrder, f.fixed.items.added);
      assert(f.buggy.items.inOrder < f.buggy.items.added, "updates were lost");
      assertEquals(f.buggy.hits.length, 2 * f.buggy.items.added, "every read and write logged");
      const caller = f.buggy.exceptions.result.exceptions.find((e) => e.caller)?.caller;
      assertEquals(caller?.location, missingAwait);
      assertEquals(f.fixed.exceptions.result.exceptions, []);

      assertStringIncludes(stdout, `unhandled rejection from ${missingAwait}`);
      const md = await Deno.readTextFile(`${out}/pattern-c/report.md`);
      assertStringIncludes(md, "| # | time | logpoint | order.id | order.version | async caller |");
      assertStringIncludes(md, "**Lost update:**");
      assertStringIncludes(md, "No version was read twice before a write");
      assertStringIncludes(md, missingAwait);

      const pids = pidsIn(stdout);
      assertEquals(pids.length, 2, "the two order services");
      assertEquals(pids.filter(alive), [], "no order service left running");
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
