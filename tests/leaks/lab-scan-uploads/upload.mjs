import { createHash } from "node:crypto";
import { pipeline, Transform, Writable } from "node:stream";
import { createGzip } from "node:zlib";
import { begin, finish } from "./registry.mjs";

const MAX_BYTES = 5 * 1024 * 1024;

/** Streams a scanner upload through gzip into the archive, tracking bytes as they come. */
export function receiveScan(req, sampleId, scanName, done) {
  const id = `${sampleId}/${scanName}`;
  const entry = begin(id, {
    sampleId,
    scanName,
    expected: Number(req.headers["content-length"] ?? 0),
    station: req.headers["x-station"] ?? "unknown",
  });

  const meter = new Transform({
    transform(chunk, _enc, cb) {
      entry.received += chunk.length;
      if (entry.received > MAX_BYTES) return cb(new Error("scan too large"));
      cb(null, chunk);
    },
  });
  const digest = createHash("sha256");
  let archived = 0;
  const archive = new Writable({
    write(chunk, _enc, cb) {
      digest.update(chunk);
      archived += chunk.length;
      cb();
    },
  });

  pipeline(req, meter, createGzip(), archive, (err) => {
    const outcome = err
      ? { status: "failed", error: err.message }
      : { status: "stored", archivedBytes: archived, sha256: digest.digest("hex") };
    done(err, finish(id, outcome));
  });
}
