/**
 * The sidecar written beside each profile profile_cpu takes (`<id>.cpuprofile` →
 * `<id>.cpu.json`): the target, the scripts of the profile with their source maps (Deno's
 * `.ts` lines), and what the workload did — so a later comparison can read the profile's
 * functions at their original lines and per request. A `.cpuprofile` from elsewhere (DevTools,
 * `node --cpu-prof`) has none and still analyses.
 *
 * @module
 */

import { z } from "zod";

/** What the workload did while the profile ran. */
export const ProfiledWorkSchema = z.object({
  /** `30 × GET http://127.0.0.1:8087/search?q=…` */
  description: z.string(),
  /** What one unit of it is: `request`, `client`, `wait`. */
  unit: z.string(),
  /** Units asked for, and those that got through (answered, connected). */
  units: z.number(),
  succeeded: z.number(),
  failed: z.number(),
  elapsedMs: z.number(),
  latencyMs: z.object({ p50: z.number(), p95: z.number(), max: z.number() }).optional(),
});
export type ProfiledWork = z.infer<typeof ProfiledWorkSchema>;

/** The whole sidecar file. */
export const CpuSidecarSchema = z.object({
  version: z.literal(1),
  kind: z.literal("cpuprofile"),
  /** `Deno 2.9.6 file:///…/app.ts` */
  target: z.string().optional(),
  capturedAt: z.string().optional(),
  samplingIntervalUs: z.number().optional(),
  workload: ProfiledWorkSchema.optional(),
  /** The profile's scripts as `Debugger.scriptParsed` reported them. */
  scripts: z.array(z.object({
    scriptId: z.string(),
    url: z.string(),
    sourceMapURL: z.string().optional(),
  })),
});
export type CpuSidecar = z.infer<typeof CpuSidecarSchema>;

/** Path of the sidecar that belongs to a profile file. */
export function cpuSidecarPathFor(profilePath: string): string {
  return profilePath.replace(/\.cpuprofile$/, "") + ".cpu.json";
}
