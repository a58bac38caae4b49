"use strict";

const { parentPort } = require("node:worker_threads");

const TABLE = {
  hb: { unit: "g/dL", bands: { F: [12.0, 15.5], M: [13.5, 17.5] } },
  glucose: { unit: "mmol/L", bands: { F: [3.9, 5.6], M: [3.9, 5.6] } },
  ldl: { unit: "mmol/L", bands: { F: [0, 3.0], M: [0, 3.0] } },
  tsh: { unit: "mIU/L", bands: { F: [0.4, 4.0], M: [0.4, 4.0] } },
  crp: { unit: "mg/L", bands: { F: [0, 5], M: [0, 5] } },
};

parentPort.on("message", ({ id, op, args }) => {
  if (op !== "range") {
    return parentPort.postMessage({ id, error: { code: "BAD_OP", message: `unknown op ${op}` } });
  }
  const entry = TABLE[args.analyte];
  if (!entry) {
    return parentPort.postMessage({
      id,
      error: { code: "UNKNOWN_ANALYTE", message: `no reference range for ${args.analyte}` },
    });
  }
  const [low, high] = entry.bands[args.sex] ?? entry.bands.F;
  const widen = args.age >= 70 ? 1.05 : 1;
  parentPort.postMessage({
    id,
    value: { unit: entry.unit, low, high: Math.round(high * widen * 100) / 100 },
  });
});
