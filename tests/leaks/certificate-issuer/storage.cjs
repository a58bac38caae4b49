"use strict";

const { createHash } = require("node:crypto");

/**
 * Object storage for the rendered PDFs. The bucket client is stubbed in this build: it
 * computes what the store would answer (ETag, URL) and lets the bytes go.
 */
async function putObject(bucket, key, body, contentType) {
  const etag = createHash("md5").update(body).digest("hex");
  await new Promise((resolve) => setTimeout(resolve, 3));
  return {
    etag,
    url: `https://${bucket}.objects.example.net/${encodeURIComponent(key)}`,
    size: Buffer.byteLength(body),
    contentType,
  };
}

module.exports = { putObject };
