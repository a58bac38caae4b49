// deno-lint-ignore-file no-var no-inner-declarations -- ported as-is from the old LIMS bridge (ES5)
"use strict";

var lab = require("./lab-client.cjs");

/** Tubes handed to the lab courier and not yet acknowledged by the lab, by barcode. */
var inTransit = new Map();
var acknowledged = 0;

function dispatch(tubes) {
  for (var i = 0; i < tubes.length; i++) {
    var tube = tubes[i];
    tube.dispatchedAt = new Date().toISOString();
    inTransit.set(tube.barcode, tube);
    lab.submit(tube).then(function () {
      acknowledged++;
      inTransit.delete(tube.barcode);
    }, function (err) {
      console.error("lab intake failed for " + tube.barcode + ": " + err.message);
    });
  }
  return tubes.length;
}

function status() {
  var oldest = null;
  inTransit.forEach(function (tube) {
    if (!oldest || tube.dispatchedAt < oldest) oldest = tube.dispatchedAt;
  });
  return { inTransit: inTransit.size, acknowledged: acknowledged, oldestDispatch: oldest };
}

module.exports = { dispatch: dispatch, status: status };
