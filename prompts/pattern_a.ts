/**
 * The Pattern A plan as text: one `investigate_leak` call (snapshot, act, snapshot, act,
 * snapshot, compare), the root causes it names, and the verification of the fix — with the
 * step tools as the fallback when the workload cannot be driven from here. Shared by both
 * prompts so they never disagree.
 *
 * @module
 */

/** What the plan is filled in with. */
export interface PatternAParams {
  /** Inspector port of the program under investigation. */
  port: string;
  /** Its JSON stats endpoint, if it has one. */
  statsUrl?: string;
  /** What makes it grow, in the user's words, or investigate_leak's workload as JSON. */
  workload?: string;
}

/** Renders the numbered plan (one step per line). */
export function renderPatternA(p: PatternAParams): string {
  const workload = p.workload
    ? `The workload: ${p.workload}. Express it as investigate_leak's workload`
    : "Find out what makes it grow (an endpoint, connections coming and going, a job) and " +
      "express it as investigate_leak's workload";
  const stats = p.statsUrl
    ? ` Cross-check with get_stats ${p.statsUrl} before and after (its counters should match ` +
      "the suspects' entries)."
    : "";
  const steps = [
    `${workload}: {kind: "http", url, method?, body?} with {i} or {uuid} where each request ` +
    'needs a new key (a cache, a map by id); {kind: "chat", url} for a WebSocket chat server; ' +
    '{kind: "wait", seconds} when the user drives the program meanwhile.',
    `investigate_leak with port ${p.port} and that workload. Warm up past caches and buffers ` +
    "that fill up by design and past the inspector's 1000-message console store (warmup: runs " +
    "before the baseline). If nothing is listening, tell the user how to start the program: " +
    `\`deno run --inspect=127.0.0.1:${p.port} main.ts\` or ` +
    `\`node --inspect=127.0.0.1:${p.port} app.js\`.${stats}`,
    "Each suspect in its answer is a root cause: the variable, its growth per cycle (one cycle " +
    "is one request or client), what each entry keeps alive, the statement that adds to it " +
    "(file:line, quoted) and the usual fix. One listed inside another comes with it. Read more " +
    "code only when the answer leaves a question: read_source at a file:line, search_source " +
    "for where entries should be removed (e.g. sessions\\.delete).",
    "Report every root cause with its file:line, why nothing releases it, and the concrete fix. " +
    "Growth held by JIT code or the console store is not a leak.",
    "Verify the fix: once the fixed program runs, investigate_leak with verify: true (same " +
    "workload, same warm-up): each earlier suspect is reported gone or still growing.",
    "If investigate_leak cannot drive the workload, do it step by step: capture_snapshot " +
    '"baseline", the workload (send_http_requests, simulate_connections, or the user), ' +
    'capture_snapshot "after", the workload again, capture_snapshot "final", then ' +
    "compare_snapshots with cycles = the units of work between baseline and after.",
  ];
  return "Investigate the memory leak with the deno-debugger tools (Pattern A: snapshot, act, " +
    "snapshot, compare):\n\n" + steps.map((s, i) => `${i + 1}. ${s}`).join("\n");
}
