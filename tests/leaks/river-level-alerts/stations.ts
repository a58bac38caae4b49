export interface Station {
  id: string;
  name: string;
  river: string;
  typicalHighM: number;
  lastLevelM?: number;
  lastTrend?: string;
  lastAt?: string;
}

export const stations = new Map<string, Station>([
  ["kingston", { id: "kingston", name: "Kingston", river: "Thames", typicalHighM: 1.4 }],
  ["teddington", { id: "teddington", name: "Teddington Lock", river: "Thames", typicalHighM: 2.1 }],
  ["walton", { id: "walton", name: "Walton Bridge", river: "Thames", typicalHighM: 1.1 }],
  ["guildford", { id: "guildford", name: "Guildford Millmead", river: "Wey", typicalHighM: 0.9 }],
]);

export interface Reading {
  station: string;
  levelM: number;
  trend: "rising" | "steady" | "falling";
  at: string;
}

export function record(body: Record<string, unknown>): Reading {
  const station = stations.get(String(body.station ?? ""));
  if (!station) throw new RangeError(`unknown station ${body.station}`);
  const levelM = Number(body.levelM);
  if (!Number.isFinite(levelM)) throw new RangeError("levelM must be a number");
  const trend = body.trend === "rising" || body.trend === "falling" ? body.trend : "steady";
  const reading: Reading = { station: station.id, levelM, trend, at: new Date().toISOString() };
  station.lastLevelM = levelM;
  station.lastTrend = trend;
  station.lastAt = reading.at;
  return reading;
}
