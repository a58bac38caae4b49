"use strict";
const http = require("node:http");
const zlib = require("node:zlib");
const { PassThrough, Transform, pipeline } = require("node:stream");

// Every locker action goes to the audit collector as gzipped NDJSON, over one long-lived
// POST. Writers never wait on it: the stream buffers while the collector is slow.
const auditStream = new PassThrough({ objectMode: true });

function startShipping(url) {
  const toNdjson = new Transform({
    writableObjectMode: true,
    transform(event, _enc, cb) {
      cb(null, JSON.stringify(event) + "\n");
    },
  });
  const upload = http.request(url, {
    method: "POST",
    headers: { "content-type": "application/x-ndjson", "content-encoding": "gzip" },
  });
  pipeline(auditStream, toNdjson, zlib.createGzip(), upload, (err) => {
    if (err) console.error(`audit shipping stopped: ${err.message}`);
  });
}

if (process.env.AUDIT_SINK_URL) startShipping(process.env.AUDIT_SINK_URL);
else console.warn("AUDIT_SINK_URL not set, audit events stay local");

function audit(action, details) {
  auditStream.write({ at: new Date().toISOString(), action, ...details });
}

function auditBacklog() {
  const events = auditStream.readableLength + auditStream.writableLength;
  return { events, shipping: Boolean(process.env.AUDIT_SINK_URL) };
}

module.exports = { audit, auditBacklog };
