"use strict";

/**
 * The customs authority's declaration gateway (the test double the broker uses outside
 * office hours). High-value declarations go through the risk engine, which answers 503 when
 * its queue is full: the first try of those always lands on a full queue here.
 */
class GatewayError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
    this.permanent = status >= 400 && status < 500;
  }
}

let mrnSeq = 0;

function lodge(declaration, attempt) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      const value = declaration.items.reduce((n, it) => n + it.valueEur, 0);
      if (value >= 10_000 && attempt === 1) {
        return reject(new GatewayError(503, "RISK_QUEUE_FULL", "risk engine busy, try again"));
      }
      const bad = declaration.items.find((it) => !/^\d{10}$/.test(it.commodityCode));
      if (bad) {
        return reject(
          new GatewayError(422, "E0412", `commodity code ${bad.commodityCode} is not a TARIC code`),
        );
      }
      if (!/^[A-Z]{2}[0-9A-Z]{1,15}$/.test(declaration.declarant.eori)) {
        return reject(new GatewayError(422, "E0107", "declarant EORI is not valid"));
      }
      mrnSeq++;
      resolve({
        mrn: `24NL${String(mrnSeq).padStart(12, "0")}`,
        acceptedAt: new Date().toISOString(),
        route: value >= 10_000 ? "orange" : "green",
      });
    }, 3);
  });
}

module.exports = { GatewayError, lodge };
