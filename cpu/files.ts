/**
 * Profiles on disk: reading a `.cpuprofile` (a regular file of bounded size, checked whole)
 * and its sidecar, and comparing two of them. Which paths may be read is the caller's rule.
 *
 * @module
 */

import { basename } from "node:path";
import { compareCpuProfiles } from "./compare.ts";
import { CpuProfileError } from "./errors.ts";
import { checkCpuProfile, type CpuProfile } from "./profile.ts";
import type { CpuComparison } from "./report.ts";
import { type CpuSidecar, CpuSidecarSchema } from "./sidecar.ts";

/** The largest profile read (a 10-minute run sampled every 100 µs is well under it). */
export const MAX_PROFILE_BYTES = 256 << 20;
/** The largest sidecar read (its source maps can be large, not this large). */
const MAX_SIDECAR_BYTES = 64 << 20;

/** The text of a regular file of at most `max` bytes; never opens a FIFO or a device. */
async function readBounded(path: string, max: number, what: string): Promise<string> {
  const info = await Deno.stat(path);
  if (!info.isFile) {
    throw new CpuProfileError(`${path} is not a regular file; the ${what} must be.`);
  }
  if (info.size > max) {
    throw new CpuProfileError(
      `${path} is ${(info.size / 2 ** 20).toFixed(0)} MB; a ${what} of at most ` +
        `${max / 2 ** 20} MB is read.`,
    );
  }
  return await Deno.readTextFile(path);
}

/** The checked profile in `path`. */
export async function readCpuProfileFile(path: string): Promise<CpuProfile> {
  const text = await readBounded(path, MAX_PROFILE_BYTES, "CPU profile");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CpuProfileError(`${path} is not JSON (${(e as Error).message}).`);
  }
  return checkCpuProfile(json, path);
}

/** The sidecar in `path`, or why it was not used (it is optional: the profile still reads). */
export async function readCpuSidecar(
  path: string,
): Promise<{ sidecar: CpuSidecar } | { note: string }> {
  try {
    const parsed = CpuSidecarSchema.safeParse(
      JSON.parse(await readBounded(path, MAX_SIDECAR_BYTES, "sidecar")),
    );
    if (parsed.success) return { sidecar: parsed.data };
    return { note: `${basename(path)} is not a CPU profile's sidecar; ignored it` };
  } catch (e) {
    return { note: `could not read ${basename(path)} (${(e as Error).message}); ignored it` };
  }
}

/** A profile file and, when there is one, its sidecar. */
export interface ProfileFiles {
  profile: string;
  sidecar?: string;
}

/** Reads both profiles (and sidecars) and compares them. */
export async function compareCpuProfileFiles(
  before: ProfileFiles,
  after: ProfileFiles,
  opts: { top?: number } = {},
): Promise<CpuComparison> {
  const load = async (f: ProfileFiles) => {
    const profile = await readCpuProfileFile(f.profile);
    const side = f.sidecar ? await readCpuSidecar(f.sidecar) : undefined;
    return {
      name: basename(f.profile),
      profile,
      sidecar: side && "sidecar" in side ? side.sidecar : undefined,
      notes: side && "note" in side ? [side.note] : [],
    };
  };
  const [b, a] = await Promise.all([load(before), load(after)]);
  const comparison = await compareCpuProfiles(b, a, opts);
  comparison.notes.unshift(...b.notes, ...a.notes);
  return comparison;
}
