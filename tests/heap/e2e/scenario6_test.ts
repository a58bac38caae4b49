/**
 * The product's core promise on the real scenario-6 chat server: after a warm-up, 50
 * connect/send/disconnect cycles between two snapshots captured over the inspector, the
 * compare names the five leaks as its top five suspects — by variable path, with per-cycle
 * growth and the original `app.ts` lines — and keeps V8 internals out of the text.
 */

import { compareSnapshotFiles, findRetainers, formatCompareText } from "../../../heap/mod.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { captureScenario6 } from "../../support/scenario6_capture.ts";

const CYCLES = 50;

Deno.test("scenario-6: the five leaks top the compare, named and located in app.ts", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-scenario6-" });
  try {
    const snaps = await captureScenario6(dir, { cycles: CYCLES });
    const report = await compareSnapshotFiles({ ...snaps, cycles: CYCLES });
    const text = formatCompareText(report);
    const top5 = report.suspects.slice(0, 5);
    const paths = top5.map((s) => s.path).sort();
    assertEquals(
      paths,
      [
        "conn.heartbeat",
        "conn.messageBuffer",
        "connectionStats.connectionDurations",
        "messageHistory",
        "userSessions",
      ],
      `top five suspects\n${text}`,
    );
    const app = (await Deno.readTextFile(new URL("../../../scenario-6/app.ts", import.meta.url)))
      .split("\n");
    const lineOf = (needle: string) => app.findIndex((l) => l.includes(needle)) + 1;
    const by = (path: string) => top5.find((s) => s.path === path)!;
    const at = (path: string) =>
      `${by(path).location?.url.split("/").pop()}:${by(path).location?.line}`;

    // Each suspect carries the original .ts line that makes it grow.
    assertEquals(at("messageHistory"), `app.ts:${lineOf("messageHistory.push(")}`);
    assertEquals(at("userSessions"), `app.ts:${lineOf("userSessions.set(")}`);
    assertEquals(
      at("connectionStats.connectionDurations"),
      `app.ts:${lineOf("connectionDurations.push(")}`,
    );
    assertEquals(at("conn.messageBuffer"), `app.ts:${lineOf("conn.messageBuffer.push(")}`);
    assertEquals(at("conn.heartbeat"), `app.ts:${lineOf("conn.heartbeat = setInterval(")}`);

    // Growth per cycle: one session and one timer per connection; each connection's buffer
    // lies inside its timer's growth (the timer's callback keeps the connection).
    assertEquals(by("userSessions").addedPerCycle, 1);
    assertEquals(by("conn.heartbeat").added, CYCLES);
    assertEquals(by("conn.heartbeat").kind, "timers");
    assertEquals(by("conn.messageBuffer").insideOf, by("conn.heartbeat").rank);
    assertEquals(by("conn.messageBuffer").bytes, 0, "its bytes are counted in the timers'");
    assert(by("messageHistory").addedPerCycle! >= 5, "join + messages + leave per connection");
    for (const s of top5.filter((s) => s.insideOf === undefined)) {
      assert(s.bytes > 0 && (s.bytesPerCycle ?? 0) > 0, `${s.path} accounts for new bytes`);
    }
    assertEquals(
      report.totals.leakBytes,
      top5.reduce((n, s) => n + s.bytes, 0),
      "the headline is the suspects' sum",
    );

    // Why a timer is alive: the program's variable, not the runtime's active-timers map.
    const timers = await findRetainers({ file: snaps.after, target: "Timeout", limit: 1 });
    assertEquals(timers.objects[0].ownerPath, "conn.heartbeat");

    // V8 noise stays out of the text; the text is small.
    for (const noise of ["system / Map", "(compiled code)", "DescriptorArray"]) {
      assert(!text.includes(noise), `text mentions ${noise}`);
    }
    assert(text.length < 6000, `text is ${text.length} characters`);
    console.log(text);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
