"use strict";

const fleet = new Map(
  [
    ["EX-08", "1.5t mini excavator", "Kubota U17-3", 145],
    ["EX-11", "3t excavator", "JCB 8030", 190],
    ["DU-03", "1t hi-tip dumper", "Thwaites MACH 201", 85],
    ["DU-07", "3t swivel dumper", "Thwaites MACH 2090", 110],
    ["RL-02", "twin drum roller", "Bomag BW 90", 95],
    ["TH-01", "telehandler 14m", "JCB 540-140", 260],
  ].map(([id, category, model, dayRate]) => [
    id,
    { id, category, model, dayRate, status: "available", out: 0 },
  ]),
);

module.exports = { fleet };
