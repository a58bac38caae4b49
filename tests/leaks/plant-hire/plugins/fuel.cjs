"use strict";

// Machines go out full; anything under 90% on return is refuelled at the depot's price.
module.exports = function fuel(hooks, { pricePerPercent }) {
  hooks.hireEnded.tap("fuel", (hire, returned) => {
    const short = 90 - returned.fuelPct;
    if (short > 0) {
      hire.charges.push({
        line: `Refuel (${short}% of tank)`,
        amount: Math.round(short * pricePerPercent * 100) / 100,
      });
    }
  });
};
