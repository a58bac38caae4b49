/** Collection rounds by street, and the missed-bin reports the crews work through. */

export class RoundsError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const STREETS = new Map<string, { street: string; round: string; day: number }>([
  ["100023336956", { street: "Acacia Avenue", round: "R14", day: 2 }],
  ["100023336957", { street: "Beech Grove", round: "R14", day: 2 }],
  ["100023412001", { street: "Chapel Lane", round: "R07", day: 4 }],
]);

const BINS = [
  { bin: "refuse", colour: "black", weeks: 2, offset: 0 },
  { bin: "recycling", colour: "blue", weeks: 2, offset: 1 },
  { bin: "garden", colour: "brown", weeks: 2, offset: 1 },
  { bin: "food", colour: "green caddy", weeks: 1, offset: 0 },
];

interface Report {
  id: string;
  uprn: string;
  bin: string;
  reportedAt: number;
  notes: string;
  status: "open" | "resolved";
}

const open = new Map<string, Report>();
/** Resolved reports, newest first; the supervisors' screen shows the last 30. */
const resolved: Report[] = [];
const RESOLVED_SHOWN = 30;

export function collections(uprn: string, fromIso: string) {
  const where = STREETS.get(uprn);
  if (!where) throw new RoundsError(404, `no address ${uprn}`);
  const from = new Date(fromIso);
  if (Number.isNaN(from.getTime())) throw new RoundsError(400, "bad date");
  const out: { date: string; bins: string[] }[] = [];
  for (let d = 0; d < 28; d++) {
    const day = new Date(from.getTime() + d * 86_400_000);
    if (day.getUTCDay() !== where.day) continue;
    const week = Math.floor(day.getTime() / (7 * 86_400_000));
    const bins = BINS.filter((b) => (week + b.offset) % b.weeks === 0).map((b) =>
      `${b.bin} (${b.colour})`
    );
    out.push({ date: day.toISOString().slice(0, 10), bins });
  }
  return { uprn, street: where.street, round: where.round, collections: out };
}

export function reportMissed(input: { id: string; uprn: string; bin: string; notes?: string }) {
  if (!STREETS.has(input.uprn)) throw new RoundsError(404, `no address ${input.uprn}`);
  if (!BINS.some((b) => b.bin === input.bin)) throw new RoundsError(422, `no ${input.bin} bin`);
  if (open.has(input.id)) throw new RoundsError(409, `${input.id} already reported`);
  const report: Report = {
    id: input.id,
    uprn: input.uprn,
    bin: input.bin,
    reportedAt: Date.now(),
    notes: input.notes ?? "",
    status: "open",
  };
  open.set(report.id, report);
  return report;
}

export function resolve(id: string, outcome: { crew: string; note: string }) {
  const report = open.get(id);
  if (!report) throw new RoundsError(404, `no open report ${id}`);
  open.delete(id);
  report.status = "resolved";
  report.notes = `${report.notes}\n[${outcome.crew}] ${outcome.note}`.trim();
  resolved.unshift(report);
  if (resolved.length > RESOLVED_SHOWN) resolved.length = RESOLVED_SHOWN;
  return report;
}

export function board() {
  return { open: open.size, resolved: resolved.slice(0, 10).map((r) => r.id) };
}
