/**
 * The demo's count and time formatters, shared by its terminal output and report. Sizes go
 * through the product's one byte formatter, `formatBytes` from heap/mod.ts.
 *
 * @module
 */

/** A count with thousands separators: `12,345`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** Milliseconds as `850 ms` or `12.3 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
