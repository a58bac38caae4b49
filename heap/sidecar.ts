/**
 * The sidecar written beside each captured snapshot (`<name>.heapsnapshot` →
 * `<name>.scripts.json`): which scripts the target had loaded, so the engine can turn a
 * snapshot location (script id, generated line, column) into an original `file:line`.
 *
 * Written by `inspector/` at capture time, read by `heap/` at analysis time. A snapshot
 * without a sidecar still analyses; its locations are then reported by script id only.
 *
 * @module
 */

/** One script the target reported through `Debugger.scriptParsed`. */
export interface SidecarScript {
  /** `Debugger.scriptParsed.scriptId` (a decimal string); equals the snapshot's `script_id`. */
  scriptId: string;
  /** The script URL, e.g. `file:///home/me/app.ts` or `node:internal/timers`. */
  url: string;
  /**
   * The source map URL as reported. Deno reports an inline `data:application/json;base64,…`
   * URL for every transpiled module; Node usually reports none.
   */
  sourceMapURL?: string;
  /**
   * The script's text as the target ran it, for the program's scripts whose text no inline
   * source map carries (Node's): statements are quoted from it when the file cannot be read.
   */
  source?: string;
}

/** The whole sidecar file. */
export interface SnapshotSidecar {
  /** Format version of this file. */
  version: 1;
  /** e.g. `Deno/2.9.6` or `node.js/v20.20.2`. */
  runtime?: string;
  /** Target title / URL as `/json/list` gave them. */
  target?: { title?: string; url?: string };
  /** ISO time the capture finished. */
  capturedAt?: string;
  /** Label the capture was given. */
  label?: string;
  scripts: SidecarScript[];
}

/** Path of the sidecar that belongs to a snapshot file. */
export function sidecarPathFor(snapshotPath: string): string {
  return snapshotPath.replace(/\.heapsnapshot$/, "") + ".scripts.json";
}
