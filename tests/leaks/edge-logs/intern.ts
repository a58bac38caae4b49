/**
 * String interning for the log pipeline. Edge logs repeat the same hosts, methods, cache
 * statuses and user agents over and over, but JSON.parse hands every line its own copies; at
 * peak the collector parses thousands of lines a second, so records share one canonical copy.
 */

const internTable = new Map<string, string>();
let hits = 0;
let misses = 0;

export function intern(value: string): string {
  const canonical = internTable.get(value);
  if (canonical !== undefined) {
    hits++;
    return canonical;
  }
  misses++;
  internTable.set(value, value);
  return value;
}

export function internStats() {
  const lookups = hits + misses;
  return {
    strings: internTable.size,
    hitRate: lookups === 0 ? 0 : Math.round((hits / lookups) * 1000) / 1000,
  };
}
