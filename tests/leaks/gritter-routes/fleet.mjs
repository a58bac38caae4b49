// Gritters and their drivers. A vehicle does one job at a time.

const FLEET_SIZE = 20;
const vehicles = new Map();
for (let n = 1; n <= FLEET_SIZE; n++) {
  const reg = `GR-${String(n).padStart(2, "0")}`;
  vehicles.set(reg, {
    reg,
    depot: n <= FLEET_SIZE / 2 ? "north" : "south",
    job: null,
    saltTonnes: 8,
  });
}

export function assignVehicle(depot, jobId) {
  for (const v of vehicles.values()) {
    if (v.depot === depot && v.job === null && v.saltTonnes >= 1) {
      v.job = jobId;
      return v;
    }
  }
  return null;
}

export function releaseVehicle(reg, tonnesSpread) {
  const v = vehicles.get(reg);
  if (!v) return;
  v.job = null;
  v.saltTonnes = Math.max(0, v.saltTonnes - tonnesSpread);
  if (v.saltTonnes < 2) v.saltTonnes = 8; // topped up at the barn on the way back
}

export function fleetStatus() {
  return [...vehicles.values()].map(({ reg, depot, job, saltTonnes }) => ({
    reg,
    depot,
    job,
    saltTonnes,
  }));
}
