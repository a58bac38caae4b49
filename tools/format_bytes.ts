/**
 * Byte counts for people: `1.4 MB`, `-320 KB`, `+12.5 KB`.
 *
 * @module
 */

/** `1536` → `1.5 KB`; decimal units as Chrome DevTools shows them. */
export function formatBytes(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  if (abs < 1000) return `${sign}${abs} B`;
  if (abs < 1e6) return `${sign}${(abs / 1e3).toFixed(1)} KB`;
  if (abs < 1e9) return `${sign}${(abs / 1e6).toFixed(1)} MB`;
  return `${sign}${(abs / 1e9).toFixed(2)} GB`;
}

/** Like {@link formatBytes} with an explicit `+` for growth. */
export function formatDelta(n: number): string {
  return n > 0 ? `+${formatBytes(n)}` : formatBytes(n);
}
