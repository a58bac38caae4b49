export const FREQUENCIES = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000] as const;

export type Ear = "left" | "right";

export interface Audiogram {
  id: string;
  patientId: string;
  ear: Ear;
  testedOn: string;
  /** Hearing threshold in dB HL per frequency. */
  thresholds: number[];
}

export class FittingError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

const patients = new Map<string, { name: string; latest: Partial<Record<Ear, Audiogram>> }>([
  ["P-30411", { name: "Gwen Adeyemi", latest: {} }],
  ["P-30587", { name: "Harold Finch", latest: {} }],
]);

export function patientOf(id: string) {
  const p = patients.get(id);
  if (!p) throw new FittingError(404, `no patient ${id}`);
  return p;
}

export function recordAudiogram(patientId: string, body: Record<string, unknown>): Audiogram {
  const patient = patientOf(patientId);
  const ear = body.ear;
  if (ear !== "left" && ear !== "right") throw new FittingError(422, "ear must be left or right");
  const raw = body.thresholds as Record<string, number> | undefined;
  const thresholds = FREQUENCIES.map((f) => Number(raw?.[f]));
  if (thresholds.some((t) => !Number.isFinite(t) || t < -10 || t > 120)) {
    throw new FittingError(422, `thresholds for ${FREQUENCIES.join(", ")} Hz are required`);
  }
  const audiogram: Audiogram = {
    id: String(body.id ?? crypto.randomUUID()),
    patientId,
    ear,
    testedOn: String(body.testedOn ?? new Date().toISOString().slice(0, 10)),
    thresholds,
  };
  patient.latest[ear] = audiogram;
  return audiogram;
}
