/** The benches in the back room and what each can do. */
export interface Bench {
  id: string;
  tailor: string;
  skills: ReadonlySet<string>;
  current?: string;
  finished: number;
}

const benches = new Map<string, Bench>(
  [
    { id: "bench-1", tailor: "Hatice", skills: ["hem", "taper", "take-in", "let-out", "zip"] },
    { id: "bench-2", tailor: "Joop", skills: ["hem", "take-in", "zip", "sleeves", "lining"] },
    { id: "bench-3", tailor: "Mirela", skills: ["leather", "zip", "hem"] },
  ].map((b) => [b.id, { ...b, skills: new Set(b.skills), finished: 0 }]),
);

export function findBench(id: string): Bench | undefined {
  return benches.get(id);
}

export function benchBoard() {
  return [...benches.values()].map(({ id, tailor, current, finished }) => ({
    id,
    tailor,
    current: current ?? null,
    finished,
  }));
}
