/**
 * `get_heap_usage`: the target's memory as users see it — process RSS beside V8's heap,
 * ArrayBuffers and external memory — and the change since the previous reading.
 *
 * @module
 */

import { z } from "zod";
import { formatBytes } from "../heap/mod.ts";
import { type ProcessMemory, readProcessMemory } from "../inspector/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { READS_LIVE } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { requireSession } from "./inspector_tools.ts";

/** The figures a reading has, in the order the text lists them. */
const FIGURES = [
  "rss",
  "heapUsed",
  "heapTotal",
  "arrayBuffers",
  "external",
  "embedderHeap",
] as const;
type Figure = (typeof FIGURES)[number];

const LABELS: Record<Figure, string> = {
  rss: "RSS",
  heapUsed: "V8 heap used",
  heapTotal: "V8 heap total",
  arrayBuffers: "ArrayBuffers",
  external: "external",
  embedderHeap: "embedder heap",
};

const output = {
  pid: z.number().optional(),
  rss: z.number().optional(),
  heapUsed: z.number(),
  heapTotal: z.number(),
  arrayBuffers: z.number().optional(),
  external: z.number().optional(),
  embedderHeap: z.number().optional(),
  unavailable: z.array(z.object({ figure: z.string(), why: z.string() })),
  change: z.record(z.string(), z.number()).optional(),
  secondsSincePrevious: z.number().optional(),
};

/** What `get_heap_usage` returns. */
export type HeapUsageResult = ToolResult<typeof output>;

/** `get_heap_usage`. */
export const getHeapUsage = defineTool({
  name: "get_heap_usage",
  title: "Process and heap memory",
  description:
    "Memory of the connected target, no GC: process RSS, V8 heap, ArrayBuffers, external, " +
    "each with its change since the last reading. Shows growth outside the JS heap.",
  inputSchema: {},
  outputSchema: output,
  annotations: READS_LIVE,
  async handler(_args, { host }) {
    const session = requireSession(host);
    const now = await readProcessMemory(session, { allowEval: host.config.allowEval });
    const prev = host.lastMemory;
    host.lastMemory = now;
    const change: Record<string, number> = {};
    for (const f of FIGURES) {
      const [a, b] = [prev?.[f], now[f]];
      if (a !== undefined && b !== undefined) change[f] = b - a;
    }
    const structured: HeapUsageResult = {
      pid: now.pid,
      rss: now.rss,
      heapUsed: now.heapUsed,
      heapTotal: now.heapTotal,
      arrayBuffers: now.arrayBuffers,
      external: now.external,
      embedderHeap: now.embedderHeap,
      unavailable: now.unavailable,
      change: prev ? change : undefined,
      secondsSincePrevious: prev ? Math.round((now.at - prev.at) / 100) / 10 : undefined,
    };
    return { text: memoryText(now, structured), structured };
  },
});

/** One line per figure, with its change; then what is unavailable and why. */
function memoryText(m: ProcessMemory, s: HeapUsageResult): string {
  const lines = [
    `Memory of ${m.pid !== undefined ? `process ${m.pid}` : "the target"}` +
    (s.secondsSincePrevious !== undefined
      ? ` (change since the reading ${s.secondsSincePrevious} s ago, no GC, so garbage counts):`
      : ":"),
  ];
  for (const f of FIGURES) {
    const v = m[f];
    if (v === undefined) continue;
    const d = s.change?.[f];
    lines.push(
      `  ${LABELS[f]}: ${formatBytes(v)}${d !== undefined ? ` (${formatBytes(d, true)})` : ""}`,
    );
  }
  const label = (figure: string) => LABELS[figure as Figure] ?? figure;
  if (s.change === undefined) {
    for (const u of m.unavailable) lines.push(`  ${label(u.figure)}: unknown — ${u.why}`);
  } else if (m.unavailable.length > 0) {
    // Why was said at the session's first reading; repeating it each time is noise.
    lines.push(
      `  unknown, as at the first reading: ${m.unavailable.map((u) => label(u.figure)).join(", ")}`,
    );
  }
  return lines.join("\n");
}
