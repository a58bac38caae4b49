/**
 * `deno task demo --pattern=b` for real: the driver starts the MCP server over stdio and the
 * scenario-2 bookshop (slow, then fixed) with `--inspect`, profiles both with profile_cpu and
 * compares them with compare_cpu_profiles. It must name both hot spots at the lines the
 * source has (the linear find per hit, tokenize per book), show the fixed twin ≥ 5× faster
 * per request, write the report with the flame graph, and leave no process behind.
 */
import { assert, assertEquals, assertStringIncludes } from "../../support/demo_assert.ts";
import { alive, lineIn, pidsIn, REPO, runDemo } from "../../support/demo_run.ts";
import type { PatternBFindings } from "../../../demo/pattern_b.ts";

Deno.test({
  name: "demo --pattern=b: both hot spots at their lines, the fix ≥ 5× faster, the flame graph",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const out = await Deno.makeTempDir({ prefix: "demo-b-e2e-" });
    try {
      const result = await runDemo(out, ["--pattern=b"], 300_000);
      const { stdout, stderr } = result;
      assertEquals(result.code, 0, `demo failed:\n${stdout}\n${stderr}`);
      assertStringIncludes(stdout, "Pattern B on scenario 2 through the MCP server");

      const source = await Deno.readTextFile(`${REPO}scenario-2/app.ts`);
      const find = `scenario-2/app.ts:${lineIn(source, "facets.find(")}`;
      const tokenize = `scenario-2/app.ts:${lineIn(source, "function tokenize(")}`;
      const f: PatternBFindings = JSON.parse(
        await Deno.readTextFile(`${out}/pattern-b/findings.json`),
      );
      const hot = f.hotSpots.result;
      assert(hot.hints.some((h) => h.location.display === find), `a hint at ${find}`);
      const tokenizeTotal = hot.byTotal.find((fn) => fn.location.display === tokenize)?.totalShare;
      assert((tokenizeTotal ?? 0) >= 0.25, `tokenize takes ${tokenizeTotal} of the busy time`);
      assert(f.comparison.result.busy.speedup >= 5, `speed-up ${f.comparison.result.busy.speedup}`);

      // The terminal and the report say the same.
      assertStringIncludes(stdout, `Likely cause at ${find}`);
      assertStringIncludes(stdout, `tokenize  ${tokenize}`);
      const md = await Deno.readTextFile(`${out}/pattern-b/report.md`);
      assertStringIncludes(md, "](flame-graph.svg)");
      assertStringIncludes(md, `| tokenize | ${tokenize} |`);
      assertStringIncludes(md, "## Event loop: the longest busy stretches");
      assertStringIncludes(md, "Busy CPU per request: ");
      const svg = await Deno.readTextFile(`${out}/pattern-b/flame-graph.svg`);
      assert(svg.startsWith("<svg") && svg.includes(`tokenize ${tokenize}`), "the flame graph");
      const html = await Deno.readTextFile(`${out}/pattern-b/report.html`);
      assertStringIncludes(html, `<div class="flame"><svg`);

      // Every process the demo started (its "pid N" lines) is gone.
      const pids = pidsIn(stdout);
      assertEquals(pids.length, 2, "the two bookshops");
      assertEquals(pids.filter(alive), [], "no bookshop left running");
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
