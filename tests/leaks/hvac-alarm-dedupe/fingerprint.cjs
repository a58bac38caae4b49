"use strict";

const { createHash } = require("node:crypto");

/**
 * An alarm's identity. A warning and a critical for the same rule are separate alarms: they
 * page different people.
 */
function fingerprint(event) {
  return createHash("sha1")
    .update([event.site, event.source, event.rule, event.severity].join("|"))
    .digest("hex");
}

module.exports = { fingerprint };
