import { createWriteStream } from "node:fs";
import { PassThrough, Transform } from "node:stream";

/**
 * Every read of a contract is audited (ISO 27001 A.12.4). Events go through one stream so a
 * slow disk never blocks a request: the file sink is attached when AUDIT_LOG is set, and the
 * SIEM shipper attaches itself through GET /audit/stream when it connects.
 */
export const auditStream = new PassThrough({ objectMode: true });

const toJsonLines = () =>
  new Transform({
    writableObjectMode: true,
    transform(event, _encoding, callback) {
      callback(null, JSON.stringify(event) + "\n");
    },
  });

if (process.env.AUDIT_LOG) {
  auditStream.pipe(toJsonLines()).pipe(createWriteStream(process.env.AUDIT_LOG, { flags: "a" }));
}

const counters = { reads: 0, downloads: 0, signatures: 0, denied: 0 };

export function recordAccess(req, action, contract, outcome = "allowed") {
  const event = {
    at: new Date().toISOString(),
    user: req.headers["x-user"] ?? "anonymous",
    action,
    contract: contract.id,
    customer: contract.customer,
    outcome,
    ip: req.socket.remoteAddress,
    userAgent: req.headers["user-agent"] ?? "",
  };
  if (outcome === "denied") counters.denied++;
  else if (action === "download") counters.downloads++;
  else if (action === "sign") counters.signatures++;
  else counters.reads++;
  auditStream.write(event);
}

export function auditCounters() {
  return { ...counters };
}

/** The SIEM shipper's feed: every event from now on, as JSON lines. */
export function attachShipper(res) {
  res.writeHead(200, { "content-type": "application/x-ndjson" });
  const lines = toJsonLines();
  auditStream.pipe(lines).pipe(res);
  res.on("close", () => {
    auditStream.unpipe(lines);
    lines.destroy();
  });
}
