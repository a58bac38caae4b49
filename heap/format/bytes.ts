/**
 * The one byte formatter of the product: every tool, the engine's texts and the demo print
 * sizes through it, so one figure reads the same everywhere.
 *
 * @module
 */

/** `1.2 KB`, `3.4 MB`, `512 B`; signed when asked. */
export function formatBytes(n: number, signed = false): string {
  const sign = signed && n > 0 ? "+" : n < 0 ? "-" : "";
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1 << 30) s = `${(abs / (1 << 30)).toFixed(2)} GB`;
  else if (abs >= 1 << 20) s = `${(abs / (1 << 20)).toFixed(1)} MB`;
  else if (abs >= 1024) s = `${(abs / 1024).toFixed(1)} KB`;
  else s = `${Math.round(abs)} B`;
  return sign + s;
}
