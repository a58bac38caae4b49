/**
 * Runs a Node program that writes its own two heap snapshots (their paths in its arguments, as
 * the `heap_*_target.mjs` programs do) and compares them with the engine: the report, and the
 * line of a `// MARK` comment in the program.
 *
 * @module
 */

import { type CompareReport, compareSnapshotFiles } from "../../heap/mod.ts";
import { assertEquals } from "./assert.ts";

/** What {@link compareProgramSnapshots} found. */
export interface ProgramComparison {
  report: CompareReport;
  /** The program's source lines. */
  lines: string[];
  /** 1-based line of the `// mark` comment (0 when there is none). */
  lineOf(mark: string): number;
}

/**
 * Runs `script` under Node into a temporary folder (with `args` after the two paths, or the
 * three with `withFinal`: a program that writes a final snapshot too) and compares what it
 * wrote over `cycles`.
 */
export async function compareProgramSnapshots(
  script: string,
  cycles: number,
  args: string[] = [],
  withFinal = false,
): Promise<ProgramComparison> {
  const dir = await Deno.makeTempDir({ prefix: "heap-program-" });
  try {
    const before = `${dir}/before.heapsnapshot`;
    const after = `${dir}/after.heapsnapshot`;
    const final = withFinal ? `${dir}/final.heapsnapshot` : undefined;
    const out = await new Deno.Command("node", {
      args: [script, before, after, ...(final ? [final] : []), ...args],
      stderr: "piped",
    })
      .output();
    assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
    const report = await compareSnapshotFiles({ before, after, final, cycles });
    const lines = (await Deno.readTextFile(script)).split("\n");
    return {
      report,
      lines,
      lineOf: (mark) => lines.findIndex((l) => l.includes(`// ${mark}`)) + 1,
    };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
