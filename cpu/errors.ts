/**
 * The error the CPU profile engine raises for input it cannot read: a file that is not a V8
 * CPU profile, or one whose parts do not fit together. The message names the file and what is
 * wrong; the tools add the next step.
 *
 * @module
 */

/** A `.cpuprofile` (or its sidecar) that cannot be used. */
export class CpuProfileError extends Error {
  override name = "CpuProfileError";
}
