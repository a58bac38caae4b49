/**
 * `start_allocation_sampling` and `stop_allocation_sampling`: V8's sampling heap profiler
 * around a workload, answered as the program's functions that allocated what survived.
 *
 * @module
 */

import { z } from "zod";
import {
  allocationSites,
  formatAllocationText,
  SourceLocationSchema,
  SourceResolver,
} from "../heap/mod.ts";
import { describeTarget } from "../inspector/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { requireSession } from "./inspector_tools.ts";

/** Bytes between samples unless asked: fine enough for a workload of a few hundred KB. */
const DEFAULT_SAMPLING_INTERVAL = 8192;

const startOutput = {
  samplingInterval: z.number(),
  target: z.string(),
};

/** What `start_allocation_sampling` returns. */
export type StartAllocationSamplingResult = ToolResult<typeof startOutput>;

/** The engine's `AllocationReport`, as `stop_allocation_sampling` declares it. */
const stopOutput = {
  samplingInterval: z.number(),
  durationMs: z.number().optional(),
  totalBytes: z.number(),
  programBytes: z.number(),
  runtimeBytes: z.number(),
  sites: z.array(z.object({
    functionName: z.string(),
    location: SourceLocationSchema,
    via: z.string().optional(),
    bytes: z.number(),
    samples: z.number(),
    callers: z.array(z.string()),
  })),
  notes: z.array(z.string()),
};

/** What `stop_allocation_sampling` returns: exactly the engine's report. */
export type StopAllocationSamplingResult = ToolResult<typeof stopOutput>;

/** `start_allocation_sampling`. */
export const startAllocationSampling = defineTool({
  name: "start_allocation_sampling",
  title: "Start allocation sampling",
  description:
    "Start recording which functions allocate (a sample every samplingInterval bytes); " +
    "run the workload, then stop_allocation_sampling.",
  inputSchema: {
    samplingInterval: z.number().int().min(512).max(1 << 20).default(DEFAULT_SAMPLING_INTERVAL),
  },
  outputSchema: startOutput,
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal }) {
    const session = requireSession(host);
    await session.startAllocationSampling(args.samplingInterval, signal);
    const structured: StartAllocationSamplingResult = {
      samplingInterval: args.samplingInterval,
      target: describeTarget(session.info),
    };
    return {
      text: `Allocation sampling started on ${structured.target} (one sample per ` +
        `~${structured.samplingInterval} bytes allocated). Run the workload, then call ` +
        "stop_allocation_sampling.",
      structured,
    };
  },
});

/** `stop_allocation_sampling`. */
export const stopAllocationSampling = defineTool({
  name: "stop_allocation_sampling",
  title: "Stop allocation sampling",
  description: "Stop allocation sampling. Returns the program's functions that allocated what is " +
    "still alive: file:line, the runtime call (via setInterval), callers, bytes.",
  inputSchema: {
    top: z.number().int().min(1).max(100).default(15),
  },
  outputSchema: stopOutput,
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal }) {
    const session = requireSession(host);
    const { profile, samplingInterval, durationMs } = await session.stopAllocationSampling(signal);
    // Typed by the schema: the engine's report must fit it, and the formatter must take it.
    const report: StopAllocationSamplingResult = allocationSites(
      profile,
      SourceResolver.fromScripts(session.scripts),
      { samplingInterval, durationMs, top: args.top },
    );
    return { text: formatAllocationText(report), structured: report };
  },
});
