"use strict";

// The reefer controllers' gateway (a serial-to-IP bridge on each plug rack). Readings come back
// a few milliseconds after the request.
class ReeferGateway {
  constructor() {
    this.requests = 0;
  }

  read(containerId) {
    this.requests++;
    return new Promise((resolve) => {
      setTimeout(() => resolve(this.sample(containerId)), 3);
    });
  }

  sample(containerId, supplyC) {
    const seed = [...containerId].reduce((n, ch) => n + ch.charCodeAt(0), 0);
    return {
      at: new Date().toISOString(),
      supplyC: supplyC ?? -18 + ((seed % 7) - 3) / 10,
      returnC: -16.5,
      humidity: 88,
      compressor: "on",
    };
  }
}

module.exports = { ReeferGateway };
