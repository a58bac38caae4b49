/**
 * Zod shapes for arguments more than one tool takes, each with an upper length: an argument
 * is a name, a path or a URL, never megabytes (a 5 MB `target` used to be searched for, then
 * echoed back four times).
 *
 * @module
 */

import { z } from "zod";

/** The longest path an argument may name (Linux's PATH_MAX). */
export const MAX_PATH_CHARS = 4096;
/** The longest URL an argument may be. */
export const MAX_URL_CHARS = 2048;

/** A snapshot label or a path to a `.heapsnapshot` file. */
export const snapshotRefArg = z.string().min(1).max(MAX_PATH_CHARS);

/** A URL of the program under investigation (stats, WebSocket, HTTP endpoint, inspector). */
export const urlArg = z.string().min(1).max(MAX_URL_CHARS);

/** How long a workload tool runs at most unless told otherwise (ms). */
export const DEFAULT_TOTAL_TIMEOUT_MS = 120_000;
/** The longest a workload tool may be told to run (ms). */
export const MAX_TOTAL_TIMEOUT_MS = 600_000;

/** A workload's total time limit: past it the run stops and says so. */
export const totalTimeoutArg = z.number().int().min(1000).max(MAX_TOTAL_TIMEOUT_MS, {
  error: `totalTimeoutMs must be at most ${MAX_TOTAL_TIMEOUT_MS} (10 minutes) per call; call ` +
    "again for a longer workload",
}).default(DEFAULT_TOTAL_TIMEOUT_MS).describe("Stop the whole run after this long");
