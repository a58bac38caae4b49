import pino from "pino";

// The last lines the process logged, for GET /debug/logs when no log shipper is attached.
const RING_SIZE = 300;
const ring = [];

const ringStream = {
  write(line) {
    ring.push(line);
    if (ring.length > RING_SIZE) ring.shift();
  },
};

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "audit-api" },
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  ringStream,
);

export function recentLogLines(limit) {
  return ring.slice(-limit).map((line) => JSON.parse(line));
}
