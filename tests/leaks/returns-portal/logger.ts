/** A JSON-lines logger. Lines are kept in a small ring for the ops page and shipped by the agent. */

type Level = "debug" | "info" | "warn" | "error";

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = LEVELS.info;
const RING_SIZE = 200;
const ring: string[] = [];

// Fields can hold objects that point back at each other (an order and its lines); print those
// once and "[Circular]" after that instead of throwing.
const seen = new Set<unknown>();

function safeReplacer(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return `${value}`;
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (typeof value === "object" && value !== null) {
    if (seen.has(value)) return "[Circular]";
    seen.add(value);
  }
  return value;
}

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (LEVELS[level] < threshold) return;
  const line = JSON.stringify(
    { ts: new Date().toISOString(), level, msg, ...fields },
    safeReplacer,
  );
  ring.push(line);
  if (ring.length > RING_SIZE) ring.shift();
  if (LEVELS[level] >= LEVELS.warn) console.error(line);
}

export function recentLines(n = 20): string[] {
  return ring.slice(-n);
}
