import type { Row } from "./vendor/tinyctx/mod.ts";
import { db } from "./db.ts";
import { type Dose, dueFor, VACCINES, withDose } from "./schedule.ts";

export interface Patient extends Row {
  nhsNumber: string;
  name: { given: string; family: string };
  dob: string;
  address: Record<string, string>;
  gp: Record<string, string>;
  flags: string[];
  doses: Dose[];
  consent: { flu: string; covid: string; recordedBy: string | null; note: string };
  updatedAt: string;
}

export class RecordError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

function load(nhsNumber: string): Patient {
  const patient = db.find<Patient>("patients", nhsNumber);
  if (!patient) throw new RecordError(`no patient ${nhsNumber}`, 404);
  return patient;
}

function view(patient: Patient) {
  return {
    nhsNumber: patient.nhsNumber,
    name: `${patient.name.given} ${patient.name.family}`,
    dob: patient.dob,
    practice: patient.gp.practice,
    doses: patient.doses.map((d) => `${d.vaccine} ${d.season} (${d.product})`),
    consent: patient.consent,
    due: dueFor(patient.dob, patient.doses, patient.flags),
  };
}

export function getRecord(nhsNumber: string) {
  const patient = load(nhsNumber);
  try {
    return view(patient);
  } finally {
    db.detach(patient);
  }
}

export function recordDose(nhsNumber: string, dose: Dose & { givenBy: string }) {
  if (!VACCINES.includes(dose.vaccine)) throw new RecordError(`unknown vaccine`, 422);
  if (!dose.batch) throw new RecordError("batch number required", 422);
  const patient = load(nhsNumber);
  try {
    patient.doses = withDose(patient.doses, { ...dose, givenAt: dose.givenAt ?? "2030-10-02" });
    patient.updatedAt = new Date().toISOString();
    const changes = db.saveChanges();
    return { ...view(patient), saved: changes.map((c) => c.fields) };
  } finally {
    db.detach(patient);
  }
}

export function recordConsent(
  nhsNumber: string,
  consent: { flu?: string; covid?: string; recordedBy: string; note?: string },
) {
  const patient = load(nhsNumber);
  try {
    patient.consent = {
      flu: consent.flu ?? patient.consent.flu,
      covid: consent.covid ?? patient.consent.covid,
      recordedBy: consent.recordedBy,
      note: consent.note ?? "",
    };
    patient.updatedAt = new Date().toISOString();
    const changes = db.saveChanges();
    return { ...view(patient), saved: changes.map((c) => c.fields) };
  } finally {
    db.detach(patient);
  }
}
