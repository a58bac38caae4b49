/**
 * The CLI as a user runs it (`deno run --allow-read heap/cli.ts …`, the same as the deno
 * tasks): compact tables, `--json` in the documented shape, and one clear message with exit
 * code 2 for bad arguments and bad files — never a stack trace.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { captureEngineSnapshots, type EngineSnapshots } from "../../support/heap_capture.ts";

const CLI = new URL("../../../heap/cli.ts", import.meta.url).pathname;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", CLI, ...args],
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("heap CLI: compare, summary, retainers and their errors", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "heap-cli-" });
  try {
    const snaps: EngineSnapshots = await captureEngineSnapshots("deno", dir, 20);

    await t.step("compare prints suspects first, as a compact table", async () => {
      const r = await cli("compare", snaps.before, snaps.after, "--cycles=20", "--top=5");
      assertEquals(r.code, 0, r.stderr);
      assertMatch(r.stdout, /Leak suspects/);
      // Two snapshots: `scratch` (emptied only later) grows too; only --final tells it apart.
      assertMatch(r.stdout, /1\. (scratch|messageHistory|userSessions|tickers) /);
      assertMatch(r.stdout, /heap_engine_target\.ts:\d+/);
      assert(r.stdout.length < 6000, `output is ${r.stdout.length} characters`);
    });

    await t.step("compare --json has the documented shape", async () => {
      const r = await cli("compare", snaps.before, snaps.after, `--final=${snaps.final}`, "--json");
      assertEquals(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      for (const key of ["files", "totals", "suspects", "groups", "notes"]) {
        assert(key in report, `report has ${key}`);
      }
      const g = report.groups.find((x: { name: string }) => x.name === "ChatMessage");
      for (
        const key of [
          "name",
          "kind",
          "countBefore",
          "countAfter",
          "countDelta",
          "sizeBefore",
          "sizeAfter",
          "sizeDelta",
          "leaked",
        ]
      ) assert(key in g, `group has ${key}`);
      assertEquals(g.countDelta, 20);
      const s = report.suspects.find((x: { path: string }) => x.path === "messageHistory");
      for (
        const key of [
          "rank",
          "name",
          "path",
          "kind",
          "holder",
          "entriesBefore",
          "entriesAfter",
          "added",
          "bytes",
          "statement",
          "location",
          "fix",
          "retainerPath",
        ]
      ) assert(key in s, `suspect has ${key}`);
      assertEquals(report.files.final, snaps.final);
    });

    await t.step("compare gives the same report one file at a time and two at once", async () => {
      const run = async (schedule: string) => {
        const r = await cli("compare", snaps.before, snaps.after, "--json", schedule);
        assertEquals(r.code, 0, r.stderr);
        const { timings, ...report } = JSON.parse(r.stdout);
        return { report, concurrency: timings.concurrency };
      };
      const one = await run("--sequential");
      const two = await run("--parallel");
      assertEquals(one.concurrency, 1);
      assertEquals(two.concurrency, 2);
      assertEquals(one.report, two.report);
    });

    await t.step("summary and retainers", async () => {
      const s = await cli("summary", snaps.after);
      assertEquals(s.code, 0, s.stderr);
      assertMatch(s.stdout, /messageHistory \[Array\]/);
      const r = await cli("retainers", snaps.after, "ChatMessage", "--limit=1");
      assertEquals(r.code, 0, r.stderr);
      assertMatch(r.stdout, /held as messageHistory\[\d+\]/);
    });

    await t.step("bad arguments and bad files: one line, exit code 2", async () => {
      const notSnapshot = `${dir}/not-a-snapshot.heapsnapshot`;
      await Deno.writeTextFile(notSnapshot, '{"hello": "world"}');
      const truncated = `${dir}/truncated.heapsnapshot`;
      const bytes = await Deno.readFile(snaps.before);
      await Deno.writeFile(truncated, bytes.subarray(0, bytes.length >> 1));
      // A snapshot whose sidecar is a FIFO: reading it would wait for a writer forever.
      const fifoBeside = `${dir}/fifo.heapsnapshot`;
      await Deno.copyFile(snaps.before, fifoBeside);
      await new Deno.Command("mkfifo", { args: [`${dir}/fifo.scripts.json`] }).output();
      // A nesting bomb: 8 M nested '[' in trace_tree after a real header.
      const bomb = `${dir}/bomb.heapsnapshot`;
      const head = new TextDecoder().decode(bytes.subarray(0, 4096));
      const headerEnd = head.indexOf(',\n"nodes"');
      await Deno.writeTextFile(
        bomb,
        `${head.slice(0, headerEnd)},"trace_tree":${"[".repeat(8 << 20)}`,
      );
      const cases: [string[], RegExp][] = [
        [["compare", snaps.before], /needs two snapshot files/],
        [
          ["compare", snaps.before, `${dir}/missing.heapsnapshot`],
          /missing\.heapsnapshot does not exist/,
        ],
        [
          ["compare", snaps.before, snaps.after, "--cycles=abc"],
          /--cycles=abc: expected a positive whole number/,
        ],
        [["compare", snaps.before, snaps.after, "--colour"], /unknown option --colour/],
        [["compare", snaps.before, notSnapshot], /not-a-snapshot\.heapsnapshot: byte \d+/],
        [["compare", snaps.before, truncated], /truncated\.heapsnapshot: byte \d+/],
        [
          ["compare", snaps.before, bomb],
          /bomb\.heapsnapshot: byte \d+: section "trace_tree" .* deeper than 100 levels/,
        ],
        [["summary", bomb], /bomb\.heapsnapshot: byte \d+: .* deeper than 100 levels/],
        [
          ["summary", fifoBeside],
          /fifo\.scripts\.json \(the scripts sidecar of snapshot .*\) is not a regular file/,
        ],
        [
          ["compare", snaps.before, truncated, "--sequential"],
          /truncated\.heapsnapshot: byte \d+/,
        ],
        [
          ["compare", snaps.before, snaps.after, "--sequential", "--parallel"],
          /--sequential or --parallel, not both/,
        ],
        [["retainers", snaps.after], /needs a snapshot file and a class name or @nodeId/],
        [["explode"], /unknown command "explode"/],
      ];
      for (const [args, message] of cases) {
        const r = await cli(...args);
        assertEquals(r.code, 2, `${args.join(" ")} → exit ${r.code}: ${r.stderr}`);
        assertMatch(r.stderr, message);
        assert(!/\n\s+at /.test(r.stderr), `no stack trace for ${args.join(" ")}: ${r.stderr}`);
      }
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
