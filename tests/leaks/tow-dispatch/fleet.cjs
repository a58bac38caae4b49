"use strict";

/** Recovery trucks on the North Yorkshire patch. */
const trucks = new Map(
  [
    ["TK-02", "Flatbed, Ripon depot"],
    ["TK-04", "Spec lift, Thirsk depot"],
    ["TK-09", "Heavy recovery, A1(M) J49"],
  ].map(([id, kind]) => [id, { id, kind, job: null, jobsToday: 0 }]),
);

function assign(truckId, jobId) {
  const truck = trucks.get(truckId);
  if (!truck) return null;
  truck.job = jobId;
  truck.jobsToday++;
  return truck;
}

function release(truckId, jobId) {
  const truck = trucks.get(truckId);
  if (truck && truck.job === jobId) truck.job = null;
}

module.exports = { trucks, assign, release };
