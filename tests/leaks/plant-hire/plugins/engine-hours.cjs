"use strict";

// Bills the engine hours a machine runs over the hire's allowance (8 a day), from the
// telematics readings the trackers send while it is out.
const ALLOWANCE_PER_DAY = 8;

module.exports = function engineHours(hooks, { ratePerExtraHour }) {
  hooks.hireStarted.tap("engine-hours", (hire) => {
    const onReading = (reading) => {
      if (reading.hire !== hire.id || hire.status !== "on-hire") return;
      if (hire.meter.start === undefined) hire.meter.start = reading.engineHours;
      hire.meter.last = reading.engineHours;
      hire.meter.readings++;
    };
    hooks.meterReading.tap("engine-hours", onReading);
    hire.detach.push(() => hooks.meterReading.untap(onReading));
  });

  hooks.hireEnded.tap("engine-hours", (hire, returned) => {
    const start = hire.meter.start ?? returned.engineHours;
    const used = Math.max(0, returned.engineHours - start);
    const extra = Math.max(0, used - ALLOWANCE_PER_DAY * hire.days);
    if (extra > 0) {
      hire.charges.push({
        line: `Engine hours over allowance (${extra.toFixed(1)} h)`,
        amount: Math.round(extra * ratePerExtraHour * 100) / 100,
      });
    }
  });
};
