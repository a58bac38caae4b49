import { intern } from "./intern.ts";

/** One request as the edge proxies log it. */
export interface EdgeRecord {
  ts: number;
  host: string;
  method: string;
  path: string;
  status: number;
  bytes: number;
  durationMs: number;
  pop: string;
  cache: string;
  clientIp: string;
  userAgent: string;
  referer: string;
  requestId: string;
}

const STRING_FIELDS = [
  "host",
  "method",
  "path",
  "pop",
  "cache",
  "clientIp",
  "userAgent",
  "referer",
  "requestId",
] as const;

const NUMBER_FIELDS = ["ts", "status", "bytes", "durationMs"] as const;

export class RecordError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

/** Parses one NDJSON line from an edge proxy into a record with shared (interned) strings. */
export function parseRecord(line: string, lineNo: number): EdgeRecord {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new RecordError(lineNo, "not JSON");
  }
  if (!raw || typeof raw !== "object") throw new RecordError(lineNo, "not an object");
  const record = {} as Record<string, string | number>;
  for (const field of STRING_FIELDS) {
    const value = raw[field];
    record[field] = typeof value === "string" ? intern(value) : "";
  }
  for (const field of NUMBER_FIELDS) {
    const value = Number(raw[field]);
    if (!Number.isFinite(value)) throw new RecordError(lineNo, `${field} must be a number`);
    record[field] = value;
  }
  if (!record.host) throw new RecordError(lineNo, "host is required");
  record.method = (record.method as string) || "GET";
  return record as unknown as EdgeRecord;
}

/** Splits an NDJSON body; blank lines are allowed (proxies flush with a trailing newline). */
export function parseBatch(body: string): { records: EdgeRecord[]; rejected: string[] } {
  const records: EdgeRecord[] = [];
  const rejected: string[] = [];
  body.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      records.push(parseRecord(line, i + 1));
    } catch (err) {
      if (err instanceof RecordError && rejected.length < 10) rejected.push(err.message);
    }
  });
  return { records, rejected };
}
