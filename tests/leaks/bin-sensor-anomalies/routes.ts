/** Collection rounds: a bin over 80% full goes on the next round of its district. */
const ROUNDS: Record<string, string> = {
  depot: "round-A (Mon/Thu)",
  bin: "round-B (Tue/Fri)",
};

export function routeFor(sensor: string, fill: number): string | null {
  if (fill < 80) return null;
  const district = sensor.split("-")[0];
  return ROUNDS[district] ?? "round-C (Wed)";
}
