/**
 * `compare_cpu_profiles`: two CPU profiles (before and after a fix), per unit of work when
 * profile_cpu took both — busy CPU, latency and each function's time, with the speed-up.
 *
 * @module
 */

import { z } from "zod";
import {
  compareCpuProfileFiles,
  CpuComparisonSchema,
  formatCpuComparisonText,
} from "../cpu/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { READS_ONLY } from "./annotations.ts";
import { MAX_PATH_CHARS } from "./argument_shapes.ts";
import { resolveCpuProfile } from "./cpu_profile_paths.ts";
import { defineTool } from "./define.ts";

const output = CpuComparisonSchema.shape;

/** What `compare_cpu_profiles` returns: exactly the engine's comparison. */
export type CompareCpuProfilesResult = ToolResult<typeof output>;

const profileRef = z.string().min(1).max(MAX_PATH_CHARS).describe("profile_cpu's id, or a path");

/** `compare_cpu_profiles`. */
export const compareCpuProfiles = defineTool({
  name: "compare_cpu_profiles",
  title: "Compare two CPU profiles",
  description: "Check a CPU fix: two profiles (before, after). Returns busy CPU and latency per " +
    "request before → after with the speed-up, and each function's time and speed-up.",
  inputSchema: { before: profileRef, after: profileRef },
  outputSchema: output,
  annotations: READS_ONLY,
  async handler(args, { host }) {
    const before = await resolveCpuProfile(host, args.before, "before");
    const after = await resolveCpuProfile(host, args.after, "after");
    const structured: CompareCpuProfilesResult = await compareCpuProfileFiles(before, after);
    return { text: formatCpuComparisonText(structured), structured };
  },
});
