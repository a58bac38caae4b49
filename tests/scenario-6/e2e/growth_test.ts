/**
 * Measures what scenario 6 leaks: each server runs with `--inspect` on free ports, is warmed
 * up, snapshotted over the inspector, put through 100 connect/send/disconnect cycles, and
 * snapshotted again. Total heap = sum of every node's self size in the parsed snapshot.
 *
 * Asserts the bounds: the leaky server grows ≥ 500 KB per 100 connections and every
 * `/stats` leak counter grows with the cycles; the fixed one keeps its history ≤ 100 and its
 * sessions equal to its connections, and grows at least 50× less.
 */

import { parseSnapshotFile } from "../../../heap/mod.ts";
import type { InspectorSession } from "../../../inspector/mod.ts";
import { type ChatStats, simulateConnections } from "../../../workloads/mod.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { withInspectorSession } from "../../support/inspect_target.ts";
import {
  type ChatServerVariant,
  settledStats,
  startChatServer,
} from "../../support/scenario6_server.ts";

/**
 * Past V8's console message store (~1000 entries; the servers log twice per connection),
 * the fixed server's 1000-entry duration window, and JIT warm-up.
 */
const WARMUP_CONNECTIONS = 1100;
const CYCLES = 100;
const MESSAGES_PER_CLIENT = 5;

interface Measurement {
  before: ChatStats;
  after: ChatStats;
  heapBefore: number;
  heapAfter: number;
  growth: number;
}

Deno.test({
  name: "scenario-6: leaky server leaks ≥ 500 KB per 100 connections, the fixed one ≥ 50× less",
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "scenario6-growth-" });
    try {
      const leaky = await measure("leaky", dir);
      const fixed = await measure("fixed", dir);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(
        `per ${CYCLES} connections: leaky ${kb(leaky.growth)} ` +
          `(heap ${kb(leaky.heapBefore)} → ${kb(leaky.heapAfter)}), fixed ${kb(fixed.growth)} ` +
          `(heap ${kb(fixed.heapBefore)} → ${kb(fixed.heapAfter)})`,
      );

      assert(leaky.growth >= 500 * 1024, `leaky grew only ${kb(leaky.growth)} per ${CYCLES}`);
      for (
        const counter of ["messageHistorySize", "userSessionsSize", "connectionDurationsTracked"]
      ) {
        const grown = (leaky.after[counter] as number) - (leaky.before[counter] as number);
        assert(grown >= CYCLES, `leaky /stats.${counter} grew by ${grown} over ${CYCLES} cycles`);
      }
      assertEquals(
        (leaky.after.messageHistorySize as number) - (leaky.before.messageHistorySize as number),
        CYCLES * (MESSAGES_PER_CLIENT + 2),
        "leaky history: a join, the messages and a leave per connection",
      );

      assert(
        fixed.after.messageHistorySize <= 100,
        `fixed history ${fixed.after.messageHistorySize}`,
      );
      assertEquals(fixed.after.userSessionsSize, fixed.after.activeConnections, "fixed sessions");
      assert(fixed.after.connectionDurationsTracked <= 1000, "fixed durations window");
      assert(
        fixed.growth * 50 <= leaky.growth,
        `fixed grew ${kb(fixed.growth)}, not 50× less than leaky ${kb(leaky.growth)}`,
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

async function measure(variant: ChatServerVariant, dir: string): Promise<Measurement> {
  const server = await startChatServer(variant, { inspect: true });
  return await withInspectorSession(server, `${variant} server`, async (session) => {
    await cycle(server.wsUrl, WARMUP_CONNECTIONS);
    const before = await settledStats(server.wsUrl, 10_000);
    const heapBefore = await heapSize(session, `${dir}/${variant}-before.heapsnapshot`);
    await cycle(server.wsUrl, CYCLES);
    const after = await settledStats(server.wsUrl, 10_000);
    const heapAfter = await heapSize(session, `${dir}/${variant}-after.heapsnapshot`);
    return { before, after, heapBefore, heapAfter, growth: heapAfter - heapBefore };
  });
}

async function cycle(wsUrl: string, clients: number): Promise<void> {
  const result = await simulateConnections({
    url: wsUrl,
    clients,
    messages: MESSAGES_PER_CLIENT,
    durationMs: 0,
    staggerMs: 0,
  });
  assertEquals(
    result.connected,
    clients,
    `clients connected (errors: ${JSON.stringify(result.errors)})`,
  );
}

async function heapSize(session: InspectorSession, path: string): Promise<number> {
  const capture = await session.captureSnapshot(path);
  const snapshot = await parseSnapshotFile(capture.path);
  let total = 0;
  for (const size of snapshot.nodeSelfSize) total += size;
  return total;
}
