/**
 * Small number formatters shared by the demo's terminal output, report and chart, so the
 * three say the same thing in the same words.
 *
 * @module
 */

/** Bytes as a person reads them: `812 B`, `14.2 KB`, `1.31 MB` (1 KB = 1024 B, like DevTools' tables). */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? "-" : "";
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${sign}${Math.round(abs)} B`;
  if (abs < 1024 * 1024) return `${sign}${trim(abs / 1024)} KB`;
  if (abs < 1024 * 1024 * 1024) return `${sign}${trim(abs / (1024 * 1024))} MB`;
  return `${sign}${trim(abs / (1024 * 1024 * 1024))} GB`;
}

/** A growth with an explicit sign: `+1.2 MB`, `-3 KB`, `±0 B`. */
export function formatDelta(bytes: number): string {
  if (Math.round(bytes) === 0) return "±0 B";
  return bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes);
}

/** A count with thousands separators: `12,345`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** Milliseconds as `850 ms` or `12.3 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Three significant digits at most, without trailing zeros: 1.50 → "1.5", 812.4 → "812". */
function trim(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}
