"use strict";

// A damage note on return opens an inspection for the workshop, bounded to the open ones.
module.exports = function damage(hooks, { inspections }) {
  hooks.hireEnded.tap("damage", (hire, returned) => {
    if (!returned.damage || returned.damage === "none") return;
    if (inspections.size >= 20) inspections.delete(inspections.keys().next().value);
    inspections.set(hire.machine.id, { hire: hire.id, note: returned.damage });
  });
};
