// Points are shipped in batches of 100 (a request adds 3, so the check is >=, not ===).
const BATCH = 100;
let points = [];
let shipped = 0;

function ship(batch) {
  setTimeout(() => shipped += batch.length, 2);
}

export function record(route, status, ms) {
  const ts = Date.now();
  points.push(
    { name: "http.requests", value: 1, route, status, ts },
    { name: "http.duration_ms", value: ms, route, status, ts },
    { name: "http.ok", value: status < 400 ? 1 : 0, route, status, ts },
  );
  if (points.length >= BATCH) {
    const batch = points;
    points = [];
    ship(batch);
  }
}

export const metricsStatus = () => ({ pending: points.length, shipped });
