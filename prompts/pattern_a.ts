/**
 * The Pattern A plan as text: the steps an investigation takes with this server's tools.
 * Shared by both prompts so they never disagree.
 *
 * @module
 */

/** What the plan is filled in with. */
export interface PatternAParams {
  /** Inspector port of the program under investigation. */
  port: string;
  /** Its JSON stats endpoint, if it has one. */
  statsUrl?: string;
  /** How to trigger the suspected leak: "simulate_connections" or the user's own description. */
  workload: string;
}

/** Renders the numbered Pattern A plan (one step per line). */
export function renderPatternA(p: PatternAParams): string {
  const simulated = /simulate_connections/i.test(p.workload);
  const trigger = simulated
    ? "call simulate_connections (e.g. clients: 50); each client connects, chats and disconnects"
    : `run the workload (${p.workload}): send_http_requests runs it against an HTTP ` +
      "endpoint; otherwise ask the user to run it, then wait until it has finished";
  const stats = p.statsUrl
    ? `get_stats with url "${p.statsUrl}"`
    : "get_stats (if the program has a JSON stats endpoint)";
  const steps = [
    `connect_inspector with port ${p.port} (host 127.0.0.1). If nothing is listening, tell the ` +
    `user how to start the program: \`deno run --inspect=127.0.0.1:${p.port} app.ts\` or ` +
    `\`node --inspect=127.0.0.1:${p.port} app.js\`.`,
    `Warm up once (${
      simulated ? "simulate_connections with a few clients" : "run the workload once"
    }) ` +
    `so JIT and caches settle; then ${stats} to record the starting counters, and get_heap_usage.`,
    'capture_snapshot with label "baseline". If the program was already big before you ' +
    "connected, summarize_snapshot on it names its largest collections and timers now.",
    `Trigger the leak: ${trigger}. (Optional: start_allocation_sampling just before and ` +
    "stop_allocation_sampling just after name the functions that allocated what survived.)",
    `${stats} again: which counters grew even though the work is over (e.g. active connections ` +
    "back to 0 but histories, sessions or timers still counted)?",
    'capture_snapshot with label "after". Optionally repeat step 4 and capture "final" to tell ' +
    "steady growth from one-off caches.",
    'compare_snapshots with before "baseline", after "after" (final "final" if taken) and cycles = ' +
    "the number of workload repetitions. Each leak suspect names the variable path, the entries " +
    "it gained, what clearing it would free (growth per cycle) and the original file:line.",
    "For each suspect: read_source at its file:line to see the code that adds entries and why " +
    "nothing removes them; use find_retainers with the suspect's @nodeId (or a class name such as " +
    "Timeout) when the chain from the root is unclear. Timers (setInterval) that are never cleared " +
    "show up as Timeout objects.",
    "Report every root cause: the variable, file:line, growth per cycle, why it is never released, " +
    "and the concrete fix (delete the entry on close, clearInterval in the close handler, cap the " +
    "buffer, …). Growth held only by the console/inspector message store or JIT code is noise, " +
    "not a leak.",
    "Verify the fix: with the fixed program running (same port), repeat steps 1–7; the suspects " +
    "should be gone and the heap flat across cycles. Say what you compared, with the numbers.",
  ];
  return "Investigate the memory leak with the deno-debugger tools, following Pattern A " +
    "(snapshot, act, snapshot, compare):\n\n" +
    steps.map((s, i) => `${i + 1}. ${s}`).join("\n");
}
