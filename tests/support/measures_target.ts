// Keeps three PerformanceMeasure objects (a runtime class whose prototype object carries the
// same name) and stays alive for an inspector to snapshot it.
const kept = [1, 2, 3].map((i) => {
  performance.mark(`start ${i}`);
  return performance.measure(`step ${i}`, `start ${i}`);
});
Object.assign(globalThis, { kept });
setInterval(() => {}, 1000);
