"use strict";

/** Unix time in whole seconds, as git hosts put it in payloads and signature headers. */
function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

module.exports = { nowSeconds };
