/**
 * Why objects are alive, answered in a worker so the caller's thread stays responsive.
 *
 * @module
 */

import { DEFAULT_RETAINERS_LIMIT, type RetainersReport } from "../report.ts";
import { retainersInWorker } from "./analyze_files.ts";

/** Why objects of a class (`Timeout`, `{type, user}`) or one object (`@12345`) are alive. */
export async function findRetainers(
  opts: { file: string; target: string; limit?: number; signal?: AbortSignal },
): Promise<RetainersReport> {
  return await retainersInWorker(opts.file, opts.target, opts.limit ?? DEFAULT_RETAINERS_LIMIT, {
    signal: opts.signal,
  });
}
