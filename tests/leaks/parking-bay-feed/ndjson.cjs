"use strict";

const { Transform } = require("node:stream");

/** Objects in, newline-delimited JSON out. */
function ndjson() {
  return new Transform({
    writableObjectMode: true,
    transform(obj, _enc, callback) {
      callback(null, JSON.stringify(obj) + "\n");
    },
  });
}

module.exports = { ndjson };
