/**
 * The load CLI's pure parts: its flags, and the verdict it prints from two `/stats` readings.
 */

import { describeStatsChange, parseSimulateArgs } from "../../scenario-6/simulate_connections.ts";
import type { ChatStats } from "../../workloads/mod.ts";
import { assertEquals, assertMatch, assertThrows } from "../support/assert.ts";

Deno.test("simulate CLI flags: values inline or separate; bad ones named", () => {
  assertEquals(parseSimulateArgs(["--clients", "7"]).clients, 7);
  assertEquals(parseSimulateArgs(["--url=ws://127.0.0.1:9/ws", "--duration=10"]).durationMs, 10);
  assertThrows(() => parseSimulateArgs(["--clients=many"]), RangeError, "--clients");
  assertThrows(() => parseSimulateArgs(["--verbose"]), TypeError, '"--verbose"');
  assertThrows(() => parseSimulateArgs(["--url=http://x/ws"]), TypeError, "url");
});

function stats(over: Partial<ChatStats>): ChatStats {
  return {
    activeConnections: 0,
    totalConnections: 0,
    messagesSent: 0,
    bytesTransferred: 0,
    messageHistorySize: 0,
    userSessionsSize: 0,
    connectionDurationsTracked: 0,
    ...over,
  };
}

Deno.test("verdict: the leak counters that grew, sessions that outlive connections", () => {
  const after = stats({
    totalConnections: 5,
    messageHistorySize: 20,
    userSessionsSize: 5,
    connectionDurationsTracked: 5,
  });
  const change = describeStatsChange(stats({}), after);
  assertEquals(change.leakCountersGrown, [
    "messageHistorySize",
    "userSessionsSize",
    "connectionDurationsTracked",
  ]);
  assertMatch(change.verdict, /messageHistorySize 0 → 20 \(\+20\)/);
  assertMatch(change.verdict, /sessions outlive their connections: a leak\. Nobody is connected/);
  const bounded = describeStatsChange(after, stats({ ...after, totalConnections: 9 }));
  assertEquals(bounded.leakCountersGrown, []);
  assertMatch(bounded.verdict, /No leak counter grew/);
});
