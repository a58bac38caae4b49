/**
 * `compare_snapshots` in process on the checked-in pairs (a Deno and a Node program, 200 → 500
 * records added in one batch): the text matches its golden output, both growing holders are
 * named (with the statements that add to them where the source is known: Deno's source maps
 * carry it, the Node program's file is not where it ran), the one interval the batch started is
 * no pattern and no suspect, the suspects' bytes add up to the headline, and missing labels say
 * which argument and what exists.
 */

import { compareSnapshots } from "../../tools/compare_snapshots.ts";
import { type CompareReport, formatCompareText } from "../../heap/mod.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import {
  assertGolden,
  TESTDATA_DIR,
  unpackTestSnapshots,
  withTempDir,
} from "../support/testdata.ts";

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`compare_snapshots ${runtime}-before → ${runtime}-after: the three leaks, as the golden text`, async () => {
    await withTempDir(async (dir) => {
      await unpackTestSnapshots(dir, [`${runtime}-before`, `${runtime}-after`]);
      const run = await runTool(
        compareSnapshots,
        { before: `${runtime}-before`, after: `${dir}/${runtime}-after.heapsnapshot`, cycles: 3 },
        new FakeHost({ snapshotDir: dir }),
      );
      assert(!run.isError, run.text);
      await assertGolden(`compare_snapshots.${runtime}`, run.text.replaceAll(dir, "<dir>"));
      const report = run.structured as unknown as CompareReport;
      const program = (await Deno.readTextFile(
        `${TESTDATA_DIR}programs/leak.${runtime === "deno" ? "ts" : "mjs"}`,
      )).split("\n");
      const lineOf = (text: string) => program.findIndex((l) => l.includes(text)) + 1;
      const by = (name: string) => report.suspects.find((s) => s.path === name);
      for (
        const [path, adds] of [["leakedRecords", "leakedRecords.push("], [
          "sessions",
          "sessions.set(",
        ]]
      ) {
        const s = by(path);
        assert(s, `${path} named: ${report.suspects.map((x) => x.name).join(", ")}`);
        assertEquals(s.added, 300, `${path} gained the batch's entries`);
        if (runtime === "deno") {
          assertEquals(s.statement?.location.line, lineOf(adds), `${path}'s adding line`);
        }
      }
      assertEquals(by("heartbeats"), undefined, "one new interval is not a pattern");
      const sum = report.suspects.reduce((n, s) => n + s.bytes, 0);
      assertEquals(report.totals.leakBytes, sum, "the headline is the suspects' sum");
      // The classes line names which suspect grew what; with one suspect and the ones inside
      // it, that suspect's own lines say so and the line is left out.
      const line = "Classes that grew through the suspects";
      assert(report.suspects.length > 1 && formatCompareText(report).includes(line));
      const nested = {
        ...report,
        suspects: report.suspects.map((s, k) => k === 0 ? s : { ...s, insideOf: 1 }),
      };
      assert(!formatCompareText(nested).includes(line), formatCompareText(nested));
    });
  });
}

Deno.test("compare_snapshots: a missing label names the argument and the labels there are", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before"]);
    const run = await runTool(
      compareSnapshots,
      { before: "node-before", after: "later" },
      new FakeHost({ snapshotDir: dir }),
    );
    assert(run.isError);
    assertMatch(run.text, /^after: no snapshot "later"[\s\S]*Available labels: node-before\./);
  });
});

Deno.test("the line check's counts: on the adding and removing lines, with what they say together", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["deno-before", "deno-after"]);
    const run = await runTool(
      compareSnapshots,
      { before: "deno-before", after: `${dir}/deno-after.heapsnapshot`, cycles: 3 },
      new FakeHost({ snapshotDir: dir }),
    );
    const report = run.structured as unknown as CompareReport;
    const first = report.suspects[0];
    assert(first.statement, "the first suspect has its adding statement");
    const removal = { ...first.statement, text: "items.delete(key);" };
    const counted = (add: number, removed: number) =>
      formatCompareText({
        ...report,
        suspects: [{
          ...first,
          statement: { ...first.statement!, ran: { times: add, cycles: 10 } },
          removals: [{ ...removal, ran: { times: removed, cycles: 10 } }],
        }],
      });
    const never = counted(10, 0);
    assert(
      never.includes(`${first.statement.text}`) && never.includes("[ran 10× in 10 cycles]"),
      never,
    );
    assert(never.includes("[ran 0× in 10 cycles: never ran while the add ran 10×]"), never);
    assert(
      counted(10, 10).includes(
        "[ran 10× in 10 cycles: runs as often as the add, yet these stay — it misses them]",
      ),
    );
    assert(counted(10, 4).includes("[ran 4× in 10 cycles]"));
    // A keyed removal's reading of the keys it was handed, beside a kept one.
    const keyed = (keys: { handed: number; held: number; example?: string }, drifts?: boolean) =>
      formatCompareText({
        ...report,
        suspects: [{
          ...first,
          ...(drifts ? { drifts } : {}),
          sampleKeys: ["abcd-4-ef"],
          statement: { ...first.statement!, ran: { times: 10, cycles: 10 } },
          removals: [{ ...removal, ran: { times: 10, cycles: 10 }, keys }],
        }],
      });
    const missed = keyed({ handed: 10, held: 0, example: '"abcd4ef"' });
    assert(
      missed.includes(
        'it misses them; none of the 10 keys it was handed was there ("abcd4ef"; kept keys look like "abcd-4-ef")]',
      ),
      missed,
    );
    assert(
      keyed({ handed: 10, held: 10, example: '"k1"' }).includes(
        "; each of the 10 keys it was handed was there: it takes out what reaches it, and the kept ones never do (a lookup or condition before it misses them)]",
      ),
    );
    // A bound that drifts: every key it was handed was there, and it stopped too soon.
    const drifting = keyed({ handed: 10, held: 10, example: '"k1"' }, true);
    assert(
      drifting.includes(
        "it takes out what reaches it, and stops while more stay (the total it stops by says the bound is met: see the fix)]",
      ),
      drifting,
    );
    assert(!drifting.includes("a lookup or condition"), drifting);
    // Fewer than one entry a cycle: how many cycles one takes, not "0.0/cycle".
    const slow = formatCompareText({
      ...report,
      suspects: [{ ...first, added: 3, addedPerCycle: 0.015 }],
    });
    assert(slow.includes(", 1 per 67 cycles"), slow);
    assert(keyed({ handed: 10, held: 7, example: '"k9"' }).includes("; 3 of the 10 keys"));
    // The add's own key, read at its logpoint, goes beside the one the removal missed.
    const beside = formatCompareText({
      ...report,
      suspects: [{
        ...first,
        statement: {
          ...first.statement!,
          ran: { times: 10, cycles: 10 },
          keys: { handed: 10, example: "1801" },
        },
        removals: [{
          ...removal,
          ran: { times: 10, cycles: 10 },
          keys: { handed: 10, held: 0, example: '"1801"' },
        }],
      }],
    });
    assert(beside.includes('was there ("1801"; the add stores 1801)]'), beside);
  });
});
