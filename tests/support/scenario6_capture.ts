/**
 * Pattern A on the real scenario-6 server: start it with `--inspect`, warm up, snapshot,
 * run connect/send/disconnect cycles, snapshot again (and optionally a third time), each
 * capture writing its scripts sidecar. Used by the engine tests and for tuning by hand:
 *
 *     deno run -A tests/support/scenario6_capture.ts <outDir> [cycles] [leaky|fixed]
 *
 * @module
 */

import { simulateConnections } from "../../workloads/mod.ts";
import { withInspectorSession } from "./inspect_target.ts";
import { type ChatServerVariant, settledStats, startChatServer } from "./scenario6_server.ts";

/** Files written by {@link captureScenario6}. */
export interface Scenario6Snapshots {
  before: string;
  after: string;
  final?: string;
  cycles: number;
}

/**
 * Warm-up past V8's console message store (~1000 entries, two logs per connection) and JIT
 * warm-up, so growth between the snapshots is the leaks, not the logs. 820 (+ 50 cycles) also
 * takes `connectionDurations` — small integers, no element edges, so a snapshot sees it grow
 * only when V8 reallocates its storage — across the capacity step at 849 (848 → 1289).
 */
export const WARMUP_CONNECTIONS = 820;

async function cycle(wsUrl: string, clients: number): Promise<void> {
  const result = await simulateConnections({
    url: wsUrl,
    clients,
    messages: 5,
    durationMs: 0,
    staggerMs: 0,
  });
  if (result.connected !== clients) {
    throw new Error(
      `only ${result.connected}/${clients} clients connected: ${JSON.stringify(result.errors)}`,
    );
  }
  // Each snapshot sees exactly the connections made so far.
  await settledStats(wsUrl, 15_000);
}

/** Captures before/after (and `final` after as many cycles again) snapshots into `dir`. */
export async function captureScenario6(
  dir: string,
  opts: { cycles?: number; variant?: ChatServerVariant; final?: boolean; warmup?: number } = {},
): Promise<Scenario6Snapshots> {
  const cycles = opts.cycles ?? 50;
  const variant = opts.variant ?? "leaky";
  const server = await startChatServer(variant, { inspect: true });
  return await withInspectorSession(server, `${variant} server`, async (session) => {
    await cycle(server.wsUrl, opts.warmup ?? WARMUP_CONNECTIONS);
    const before = `${dir}/${variant}-before.heapsnapshot`;
    const after = `${dir}/${variant}-after.heapsnapshot`;
    await session.captureSnapshot(before);
    await cycle(server.wsUrl, cycles);
    await session.captureSnapshot(after);
    let final: string | undefined;
    if (opts.final) {
      final = `${dir}/${variant}-final.heapsnapshot`;
      await cycle(server.wsUrl, cycles);
      await session.captureSnapshot(final);
    }
    return { before, after, final, cycles };
  });
}

if (import.meta.main) {
  const [dir, cycles, variant] = Deno.args;
  const out = await captureScenario6(dir ?? ".", {
    cycles: cycles ? Number(cycles) : 50,
    variant: (variant as ChatServerVariant) ?? "leaky",
    final: true,
  });
  console.log(JSON.stringify(out));
}
