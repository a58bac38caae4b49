export interface Labels {
  route: string;
  status: number;
  /** Kept with the observation as an exemplar, so a slow bucket links to a trace. */
  traceId?: string;
}

interface Observation extends Labels {
  ms: number;
  at: number;
}

export function makeHistogram(name: string) {
  const samples: Observation[] = [];
  return {
    name,
    observe(ms: number, labels: Labels) {
      samples.push({ ms, at: Date.now(), ...labels });
    },
    percentile(p: number): number {
      if (samples.length === 0) return 0;
      const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
    },
    count: () => samples.length,
  };
}

export const latency = makeHistogram("search_latency_ms");
