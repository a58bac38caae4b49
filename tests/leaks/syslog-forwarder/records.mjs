/** Normalises what agents send: JSON records, or RFC 5424 syslog lines. */

const SEVERITIES = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"];
const SYSLOG = /^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (?:-|\[.*?\]) ?(.*)$/;

export function fromSyslog(line) {
  const m = SYSLOG.exec(line);
  if (!m) return null;
  const pri = Number(m[1]);
  return {
    ts: m[2],
    host: m[3],
    service: m[4],
    pid: m[5] === "-" ? null : m[5],
    msgid: m[6] === "-" ? null : m[6],
    severity: SEVERITIES[pri % 8],
    facility: pri >> 3,
    message: m[7],
  };
}

export function fromJson(obj, host) {
  if (typeof obj !== "object" || obj === null || typeof obj.message !== "string") return null;
  return {
    ts: typeof obj.ts === "string" ? obj.ts : new Date().toISOString(),
    host: obj.host ?? host,
    service: String(obj.service ?? "unknown"),
    severity: SEVERITIES.includes(obj.level) ? obj.level : "info",
    message: obj.message,
    fields: obj.fields && typeof obj.fields === "object" ? obj.fields : undefined,
  };
}
