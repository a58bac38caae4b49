/** Timing mats along the course and what a crossing tells a follower. */

export const MATS = [
  { id: "5k", km: 5 },
  { id: "10k", km: 10 },
  { id: "half", km: 21.0975 },
  { id: "30k", km: 30 },
  { id: "35k", km: 35 },
  { id: "40k", km: 40 },
  { id: "finish", km: 42.195 },
] as const;

export interface Split {
  bib: string;
  mat: string;
  km: number;
  elapsedSeconds: number;
  pacePerKm: string;
  projectedFinish: string;
}

const clock = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
};

export function toSplit(bib: string, matId: string, elapsedSeconds: number): Split | undefined {
  const mat = MATS.find((m) => m.id === matId);
  if (!mat || !(elapsedSeconds > 0)) return undefined;
  const perKm = elapsedSeconds / mat.km;
  return {
    bib,
    mat: mat.id,
    km: mat.km,
    elapsedSeconds,
    pacePerKm: clock(perKm).slice(2),
    projectedFinish: clock(perKm * 42.195),
  };
}
