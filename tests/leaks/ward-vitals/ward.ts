import { notify } from "./notifier.ts";
import { watchList } from "./watch_list.ts";

export interface Vitals {
  at: string;
  heartRate: number;
  respRate: number;
  tempC: number;
  painScore: number;
  by: string;
}

export interface Patient {
  id: string;
  name: string;
  species: string;
  breed?: string;
  owner: { name: string; phone: string };
  reason: string;
  ward: string;
  admittedAt: string;
  vitals: Vitals[];
}

const VITALS_KEPT = 12;
const WARDS = new Set(["dogs-1", "dogs-2", "cats", "exotics"]);
const admitted = new Map<string, Patient>();
const discharges: { id: string; name: string; ward: string; at: string }[] = [];

export function admit(input: Omit<Patient, "admittedAt" | "vitals">): Patient | string {
  if (!WARDS.has(input.ward)) return `no ward ${input.ward}`;
  if (admitted.has(input.id)) return `${input.id} is already admitted`;
  const patient: Patient = { ...input, admittedAt: new Date().toISOString(), vitals: [] };
  admitted.set(patient.id, patient);
  return patient;
}

export function findPatient(id: string): Patient | undefined {
  return admitted.get(id);
}

export function recordVitals(patient: Patient, vitals: Omit<Vitals, "at">): Vitals {
  const entry = { ...vitals, at: new Date().toISOString() };
  patient.vitals.push(entry);
  if (patient.vitals.length > VITALS_KEPT) patient.vitals.shift();
  const worrying = vitals.tempC >= 39.5 || vitals.painScore >= 4;
  notify(
    watchList.of(patient.id),
    worrying
      ? `${patient.name}: the vet is checking a change (temp ${vitals.tempC}, pain ${vitals.painScore}/10).`
      : `${patient.name} is comfortable: temp ${vitals.tempC}, heart rate ${vitals.heartRate}.`,
  );
  return entry;
}

export function discharge(patient: Patient, by: string, instructions: string) {
  notify(
    watchList.of(patient.id),
    `${patient.name} can go home. Collect at reception; ${by} will explain: ${instructions}`,
  );
  // Nobody needs updates about a patient who has gone home.
  for (const watcher of [...watchList.of(patient.id)]) watchList.remove(patient.id, watcher.id);
  admitted.delete(patient.id);
  discharges.push({
    id: patient.id,
    name: patient.name,
    ward: patient.ward,
    at: new Date().toISOString(),
  });
  if (discharges.length > 30) discharges.shift();
}

export function wardBoard(ward: string) {
  const patients = [...admitted.values()].filter((p) => p.ward === ward).map((p) => ({
    id: p.id,
    name: p.name,
    species: p.species,
    since: p.admittedAt,
    last: p.vitals.at(-1) ?? null,
  }));
  return { ward, patients, recentDischarges: discharges.filter((d) => d.ward === ward).slice(-5) };
}
