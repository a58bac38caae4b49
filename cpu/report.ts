/**
 * What leaves the CPU profile engine, as zod schemas (the MCP tools declare them as their
 * output; the types are derived from them): one profile's report, and the comparison of two.
 * Times are milliseconds; shares are fractions (0–1) of the busy samples — every sample but
 * the idle ones.
 *
 * @module
 */

import { z } from "zod";
import { SourceLocationSchema } from "../heap/mod.ts";

/** What a function is (V8's pseudo frames have their own kinds). */
export const FunctionKindSchema = z.enum(["program", "runtime", "gc", "native"]);

/** A line of a hot function and the samples that landed on it. */
export const HotLineSchema = z.object({
  /** The original `file:line` (through the source map). */
  location: SourceLocationSchema,
  /** The last original line, when the running line was made from several (a chain of calls). */
  endLine: z.number().optional(),
  /** The function the line is in, when V8 inlined it into this one (its time shows here). */
  inlinedFrom: z.string().optional(),
  /**
   * The program's functions (known to the profile) that the line calls, biggest first: V8
   * counts a callee it inlined at its call, so their time may be this line's.
   */
  calls: z.array(z.string()).optional(),
  samples: z.number(),
  /** Of the function's own samples. */
  share: z.number(),
  /** The source line, trimmed and shortened, when the source could be read. */
  code: z.string().optional(),
});
export type HotLine = z.infer<typeof HotLineSchema>;

/** One function with its self and total time. */
export const HotFunctionSchema = z.object({
  name: z.string(),
  /** Where the function starts, in the original source (`(native)` without a script). */
  location: SourceLocationSchema,
  kind: FunctionKindSchema,
  selfMs: z.number(),
  totalMs: z.number(),
  selfSamples: z.number(),
  totalSamples: z.number(),
  selfShare: z.number(),
  totalShare: z.number(),
  /** Lines its own samples landed on, most first (the top functions by self time only). */
  lines: z.array(HotLineSchema).optional(),
});
export type HotFunction = z.infer<typeof HotFunctionSchema>;

/** Samples grouped by the program's functions on their stack. */
export const HotPathSchema = z.object({
  /** `name file:line`, outermost first; a runtime function on top comes last. */
  frames: z.array(z.string()),
  samples: z.number(),
  ms: z.number(),
  share: z.number(),
});
export type HotPath = z.infer<typeof HotPathSchema>;

/** A run of samples in the program's code: the event loop served nothing else meanwhile. */
export const BusyStretchSchema = z.object({
  /** From the start of the profile. */
  startMs: z.number(),
  durationMs: z.number(),
  samples: z.number(),
  /** The outermost program function of the stretch (the task's entry). */
  entry: z.string(),
  /** The function on top in most of its samples, and in what share of them. */
  top: z.string(),
  topShare: z.number(),
});
export type BusyStretch = z.infer<typeof BusyStretchSchema>;

/** A likely cause the engine recognised on a hot line. */
export const CpuHintSchema = z.object({
  location: SourceLocationSchema,
  code: z.string(),
  advice: z.string(),
});
export type CpuHint = z.infer<typeof CpuHintSchema>;

/** One CPU profile, analysed. */
export const CpuReportSchema = z.object({
  /** How long the profile ran. */
  durationMs: z.number(),
  samples: z.number(),
  /** The mean time between samples. */
  sampleIntervalMs: z.number(),
  /** Where the time went: the program's code, the runtime's, GC, V8's native work, idle. */
  time: z.object({
    busyMs: z.number(),
    programMs: z.number(),
    runtimeMs: z.number(),
    gcMs: z.number(),
    nativeMs: z.number(),
    idleMs: z.number(),
  }),
  /** Functions by self time (the runtime's and GC included), most first. */
  bySelf: z.array(HotFunctionSchema),
  /** The program's functions by total time (their callees included), most first. */
  byTotal: z.array(HotFunctionSchema),
  paths: z.array(HotPathSchema),
  /** Busy stretches: how many, how many of 50 ms or more, the longest. */
  eventLoop: z.object({
    stretches: z.number(),
    over50ms: z.number(),
    longest: z.array(BusyStretchSchema),
  }).optional(),
  hints: z.array(CpuHintSchema),
  notes: z.array(z.string()),
});
export type CpuReport = z.infer<typeof CpuReportSchema>;

/** One side of a comparison. */
export const ProfileSideSchema = z.object({
  /** The profile's file name. */
  profile: z.string(),
  target: z.string().optional(),
  /** The workload it ran, when it was taken by profile_cpu. */
  workload: z.string().optional(),
  /** Units of work that got through (requests answered, clients connected). */
  units: z.number().optional(),
  busyMs: z.number(),
  durationMs: z.number(),
  samples: z.number(),
  latencyP50Ms: z.number().optional(),
});
export type ProfileSide = z.infer<typeof ProfileSideSchema>;

/** One function's time on each side. */
export const FunctionTimeSchema = z.object({
  location: SourceLocationSchema,
  selfMs: z.number(),
  totalMs: z.number(),
  /**
   * More of its time, counted in a caller's own because V8 compiled it into that caller (not
   * in `selfMs` or `totalMs`).
   */
  countedIn: z.array(z.object({ caller: z.string(), ms: z.number() })).optional(),
});

/** How one function's time changed. */
export const FunctionChangeSchema = z.object({
  name: z.string(),
  before: FunctionTimeSchema.optional(),
  after: FunctionTimeSchema.optional(),
  /** Total time before ÷ after (per unit when both sides have units). */
  speedup: z.number().optional(),
  change: z.enum(["faster", "slower", "same", "gone", "new"]),
});
export type FunctionChange = z.infer<typeof FunctionChangeSchema>;

/** Two profiles compared, per unit of work when both know theirs. */
export const CpuComparisonSchema = z.object({
  before: ProfileSideSchema,
  after: ProfileSideSchema,
  /** `request`, `client`…: every figure below is per one of them; absent: whole profiles. */
  perUnit: z.string().optional(),
  busy: z.object({ beforeMs: z.number(), afterMs: z.number(), speedup: z.number() }),
  latency: z.object({ beforeP50Ms: z.number(), afterP50Ms: z.number(), speedup: z.number() })
    .optional(),
  /** The program's functions (and GC) whose time changed most, first. */
  functions: z.array(FunctionChangeSchema),
  notes: z.array(z.string()),
});
export type CpuComparison = z.infer<typeof CpuComparisonSchema>;
