/**
 * The leak corpus as a test: Pattern A on every case (real target processes, the MCP server
 * over stdio, the real SDK client), exactly as `deno task corpus` runs it. Every leaking case
 * must be named with its adding line and no other suspect; the cases that do not leak must
 * have no suspect at all; every case must grow (or stay steady) as it was written to.
 */

import { CASES } from "../cases.ts";
import { parseArgs, runCases } from "../run_corpus.ts";
import { assert } from "../../support/assert.ts";

// Cases run two at a time (as `deno task corpus` does), so the next case's processes are
// working while a step checks the one before: the sanitizers would count those.
Deno.test({
  name: "leak corpus: every case named on its adding line, no false suspects",
  sanitizeOps: false,
  sanitizeResources: false,
}, async (t) => {
  await Deno.mkdir("out/corpus", { recursive: true });
  // Known misses (see `LeakCase.knownMiss`) are listed as ignored steps, not run.
  const asserted = CASES.filter((c) => c.knownMiss === undefined);
  const results = runCases(asserted, parseArgs([]));
  for (const c of CASES) {
    const i = asserted.indexOf(c);
    await t.step({
      name: c.id,
      ignore: i < 0,
      fn: async () => {
        const r = await results[i];
        const where = `(out/corpus/${c.id}.txt has the tools' output)`;
        assert(!r.error, `${c.id}: ${r.error} ${where}`);
        const v = r.verdict!;
        assert(r.growthOk, `${c.id}: heap growth ${r.growthPerCycle} B/cycle is not as written`);
        if (c.leaks) {
          assert(v.named, `${c.id}: not named first: ${v.notes.join("; ")} ${where}`);
          assert(v.lineRight, `${c.id}: wrong line: ${v.notes.join("; ")} ${where}`);
        }
        assert(
          v.falseSuspects.length === 0,
          `${c.id}: false suspects ${v.falseSuspects.join(", ")} ${where}`,
        );
      },
    });
  }
});
