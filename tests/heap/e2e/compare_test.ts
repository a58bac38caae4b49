/**
 * The engine on snapshots captured here, over a real `--inspect` session, from a Deno and a
 * Node program with known leaks (tests/support/heap_engine_target.*): group counts match what
 * the program allocated, suspects are named by variable path with the original source line,
 * a closure is attributed to its `.ts` line through Deno's source map, three-snapshot mode
 * finds the leaked objects and not the freed ones, retained sizes are sane.
 */

import {
  type CompareReport,
  compareSnapshotFiles,
  findRetainers,
  formatCompareText,
  type GroupDiff,
  type LeakSuspect,
  summarizeSnapshotFile,
} from "../../../heap/mod.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { captureSnapshot } from "../../support/capture_inprocess.ts";
import {
  captureEngineSnapshots,
  type EngineSnapshots,
  tickerLine,
} from "../../support/heap_capture.ts";

const CYCLES = 40;

function group(report: CompareReport, name: string): GroupDiff {
  const g = report.groups.find((x) => x.name === name);
  assert(g, `group ${name} missing; groups: ${report.groups.map((x) => x.name).join(", ")}`);
  return g;
}

function suspect(report: CompareReport, path: string): LeakSuspect {
  const s = report.suspects.find((x) => x.path === path);
  assert(s, `suspect ${path} missing; suspects: ${report.suspects.map((x) => x.path).join(", ")}`);
  return s;
}

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`heap engine on a ${runtime} program with known leaks`, async (t) => {
    const dir = await Deno.makeTempDir({ prefix: `heap-engine-${runtime}-` });
    try {
      const snaps: EngineSnapshots = await captureEngineSnapshots(runtime, dir, CYCLES);
      const fileName = snaps.script.split("/").pop()!;
      const report = await compareSnapshotFiles({ ...snaps, cycles: CYCLES, top: 30 });

      await t.step("group counts match what the program allocated", () => {
        for (const name of ["ChatMessage", "UserSession", "Sample"]) {
          const g = group(report, name);
          assertEquals(g.countDelta, CYCLES, `${name} count delta`);
          assertEquals(g.added, CYCLES, `${name} added by id`);
          assertEquals(g.deleted, 0, `${name} deleted`);
          assertEquals(g.kind, "user");
        }
        assertEquals(group(report, "TempBuffer").countDelta, 3 * CYCLES, "TempBuffer");
        // Plain objects by their keys, as DevTools' classes: the same keys in another order are
        // one class (each TempBuffer's meta and tags).
        const orders = ["{kind, label, owner}", "{owner, kind, label}"];
        const shapes = report.groups.filter((g) => orders.includes(g.name));
        assertEquals(shapes.length, 1, `one class: ${shapes.map((g) => g.name)}`);
        assertEquals(shapes[0].countDelta, 6 * CYCLES, "meta and tags of each TempBuffer");
      });

      await t.step("class groups carry where the class is defined (its constructor)", async () => {
        const lines = (await Deno.readTextFile(snaps.script)).split("\n");
        const ctor = lines.findIndex((l) =>
          /constructor\((public )?user/.test(l) && l.includes("content")
        ) + 1;
        const loc = group(report, "ChatMessage").location;
        assertEquals(loc?.line, ctor, JSON.stringify(loc));
        assert(loc!.url.endsWith(fileName), loc!.url);
      });

      await t.step("three snapshots: leaked objects found, freed ones not", () => {
        assertEquals(group(report, "ChatMessage").leaked, CYCLES);
        assertEquals(group(report, "UserSession").leaked, CYCLES);
        assertEquals(group(report, "TempBuffer").leaked, 0, "TempBuffers were freed before final");
        assert(
          !report.suspects.some((s) => s.path === "scratch"),
          "scratch was emptied before the final snapshot: not a suspect",
        );
        assert(
          (report.totals.leakedCount ?? 0) >= 4 * CYCLES,
          `leakedCount ${report.totals.leakedCount}`,
        );
      });

      await t.step("suspects named by variable path, with growth and source lines", async () => {
        const lines = (await Deno.readTextFile(snaps.script)).split("\n");
        const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
        const expected: [string, string, string][] = [
          ["messageHistory", "Array", "messageHistory.push("],
          ["userSessions", "Map", "userSessions.set("],
          ["connectionStats.samples", "Array", "connectionStats.samples.push("],
        ];
        for (const [path, holder, site] of expected) {
          const s = suspect(report, path);
          assertEquals(s.holder, holder, `${path} holder`);
          assertEquals(s.added, CYCLES, `${path} new entries`);
          assertEquals(s.entriesAfter - s.entriesBefore, CYCLES, `${path} entries growth`);
          assertEquals(s.addedPerCycle, 1, `${path} entries per cycle`);
          assert(s.bytes > 0 && s.bytesPerCycle === s.bytes / CYCLES, `${path} bytes`);
          assertEquals(
            s.statement?.location.display,
            `${displayDir(snaps.script)}${fileName}:${lineOf(site)}`,
          );
          assert(s.statement!.text.includes(site), `${path} quotes ${s.statement!.text}`);
          assert(s.location!.url.endsWith(fileName), `${path} location url ${s.location?.url}`);
          assertEquals(s.scope, "module");
          // A Map's string keys are shown as the program made them; a list has none.
          if (holder === "Map") {
            assert(s.sampleKeys?.every((k) => /^user-\d+$/.test(k)), `keys ${s.sampleKeys}`);
            assertEquals(s.sampleKeys?.length, 3);
          } else assertEquals(s.sampleKeys, undefined);
        }
        // One entry previewed: its class and property values as the program set them (a
        // Map's value, not its key). Node's snapshots leave small integers out.
        assert(
          /^ChatMessage \{user: "user-\d+", content: "hello number \d+"(?:, at: number)?\}$/.test(
            suspect(report, "messageHistory").sample ?? "",
          ),
          `messageHistory sample ${suspect(report, "messageHistory").sample}`,
        );
        assert(
          /^UserSession \{(?:channels: Set, )?user: "user-\d+"(?:, channels: Set)?\}$/.test(
            suspect(report, "userSessions").sample ?? "",
          ),
          `userSessions sample ${suspect(report, "userSessions").sample}`,
        );
        // A global property is named as the program writes it (no globalThis. in front).
        const audit = suspect(report, "auditLog");
        assertEquals(audit.scope, "global");
        assertEquals(audit.added, CYCLES);
        assertEquals(
          audit.statement?.location.line,
          lineOf("auditLog!.push(") || lineOf("auditLog.push("),
        );
        // An object used as a map grows by keys (a dictionary's store holds key and value).
        const tokens = suspect(report, "tokens");
        assertEquals(tokens.kind, "object");
        assert(tokens.added >= CYCLES, `tokens added ${tokens.added}`);
        assertEquals(tokens.statement?.location.line, lineOf("tokens[`token-${i}`] ="));
        // With small-integer values only the keys are objects: they tell.
        const hits = suspect(report, "hitCounts");
        assertEquals(hits.kind, "object");
        assert(hits.added >= CYCLES, JSON.stringify(hits));
        // Each suspect's bytes are its own: together no more than what is new.
        const sum = report.suspects.reduce((n, s) => n + s.bytes, 0);
        assert(sum <= (report.totals.newBytes ?? 0), `${sum} > ${report.totals.newBytes}`);
        assertEquals(report.totals.leakBytes, sum);
        // The program's leaks rank above anything else.
        const top = report.suspects.slice(0, 7).map((s) => s.path).sort();
        assertEquals(top, [
          "auditLog",
          "connectionStats.samples",
          "hitCounts",
          "messageHistory",
          "tickers",
          "tokens",
          "userSessions",
        ]);
      });

      await t.step("closures are attributed to the line that creates them", async () => {
        const line = await tickerLine(snaps.script);
        const tickers = suspect(report, "tickers");
        assertEquals(tickers.entry?.name, "(anonymous)");
        assertEquals(tickers.createdAt?.line, line, JSON.stringify(tickers.createdAt));
        assert(tickers.createdAt!.url.endsWith(fileName), tickers.createdAt!.url);
      });

      await t.step("a suspect's bytes cover its new entries and what they keep", () => {
        const messages = group(report, "ChatMessage");
        const history = suspect(report, "messageHistory");
        const perObject = messages.sizeAfter / messages.countAfter;
        assert(
          history.bytes >= history.added * perObject,
          `messageHistory accounts for ${history.bytes} B for ${history.added} × ${perObject} B`,
        );
        assertEquals(history.entry?.name, "ChatMessage");
        assertEquals(history.entry?.count, CYCLES);
        assert(messages.via?.includes(history.rank), `ChatMessage group via #${history.rank}`);
      });

      await t.step("text output is compact and leads with the suspects", () => {
        const text = formatCompareText(report);
        assert(text.length < 8000, `text is ${text.length} characters`);
        const first = text.indexOf("Leak suspects");
        assert(first > 0 && first < text.indexOf("Classes that grew through the suspects"), text);
        assert(text.includes("messageHistory"), text);
        assert(!text.includes("system / Map"), "internals hidden by default");
      });

      await t.step("internal groups appear only when asked for", async () => {
        const full = await compareSnapshotFiles({
          before: snaps.before,
          after: snaps.after,
          includeInternals: true,
          top: 500,
        });
        assert(full.groups.some((g) => g.kind === "internal"), "internal groups listed");
        assert(!report.groups.some((g) => g.kind === "internal"), "no internal groups by default");
      });

      await t.step("retainers: a message is held as messageHistory[i]", async () => {
        const r = await findRetainers({ file: snaps.after, target: "ChatMessage", limit: 3 });
        assertEquals(r.matched, CYCLES + 5);
        assertEquals(r.objects.length, 3);
        for (const o of r.objects) {
          assert(
            /^messageHistory\[\d+\]$/.test(o.ownerPath ?? ""),
            `owner ${o.ownerPath}: ${o.rendered}`,
          );
          assert(
            o.path.length >= 2 && o.path.at(-1)!.nodeId === o.nodeId,
            "path ends at the object",
          );
        }
        const byId = await findRetainers({
          file: snaps.after,
          target: `@${suspect(report, "userSessions").nodeId}`,
        });
        assertEquals(byId.matched, 1);
        assertEquals(byId.objects[0].ownerPath, "userSessions");
      });

      await t.step("summary lists the program's collections", async () => {
        const summary = await summarizeSnapshotFile(snaps.after, { top: 500 });
        const paths = summary.holders.map((h) => h.path);
        for (const p of ["messageHistory", "userSessions", "connectionStats.samples"]) {
          assert(paths.includes(p), `summary holders ${paths.join(", ")}`);
        }
        for (const p of ["Deno", "process"]) {
          assert(!paths.includes(p), `the runtime's namespace is not the program's: ${paths}`);
        }
        const messages = summary.groups.find((g) => g.name === "ChatMessage");
        assertEquals(messages?.count, CYCLES + 5);
      });
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
}

/** The display prefix (directory relative to the cwd) of a script path. */
function displayDir(script: string): string {
  const cwd = Deno.cwd();
  const dir = script.slice(0, script.lastIndexOf("/") + 1);
  return dir.startsWith(cwd + "/") ? dir.slice(cwd.length + 1) : dir;
}

Deno.test("compare: snapshots of two processes are said to be, and no suspect is named from their ids", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // A busy process first, then a fresh one: the ids of the second end below the first's.
    const before = await captureSnapshot(
      "node",
      "globalThis.items = Array.from({ length: 50000 }, (_, i) => ({ i, name: 'item-' + i }));",
      dir,
      "busy.heapsnapshot",
    );
    const after = await captureSnapshot(
      "node",
      "globalThis.items = [{ i: 1, name: 'item-1' }];",
      dir,
      "fresh.heapsnapshot",
    );
    const report = await compareSnapshotFiles({ before, after });
    assertEquals(report.totals.differentProcesses, true);
    assertEquals(report.suspects, []);
    const text = formatCompareText(report);
    assert(text.startsWith("Not comparable: these snapshots look like two processes'"), text);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
