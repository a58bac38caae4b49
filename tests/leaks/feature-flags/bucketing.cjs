"use strict";

const { createHash } = require("node:crypto");

/** Stable bucket 0–99 for a key, so a user keeps seeing the same variant. */
function bucketOf(key) {
  const digest = createHash("sha1").update(key).digest();
  return digest.readUInt32BE(0) % 100;
}

module.exports = { bucketOf };
