import { HttpError, type RequestScope } from "./scope.ts";
import { type Pharmacy, pharmacyById, pickupSlot } from "./pharmacies.ts";

export interface Prescription {
  id: string;
  patientId: string;
  drug: string;
  strength: string;
  daysSupply: number;
  refillsAuthorized: number;
  refillsUsed: number;
  lastFilledAt: string;
  prescriber: string;
  controlled: boolean;
  openRefill: RefillRequest | null;
}

export interface RefillRequest {
  prescriptionId: string;
  pharmacyId: string;
  requestedAt: string;
  readyAt: string;
  note: string;
  status: "queued" | "ready";
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Insurers pay for a refill once 75% of the last supply should have been used. */
const EARLIEST_REFILL_FRACTION = 0.75;

const prescriptions = new Map<string, Prescription>([
  ["RX-1001", {
    id: "RX-1001",
    patientId: "p-204",
    drug: "Atorvastatin",
    strength: "20 mg",
    daysSupply: 30,
    refillsAuthorized: 11,
    refillsUsed: 3,
    lastFilledAt: "2025-01-02",
    prescriber: "Dr. M. de Vries",
    controlled: false,
    openRefill: null,
  }],
  ["RX-1002", {
    id: "RX-1002",
    patientId: "p-204",
    drug: "Metformin",
    strength: "500 mg",
    daysSupply: 90,
    refillsAuthorized: 3,
    refillsUsed: 1,
    lastFilledAt: "2024-11-20",
    prescriber: "Dr. M. de Vries",
    controlled: false,
    openRefill: null,
  }],
  ["RX-2040", {
    id: "RX-2040",
    patientId: "p-311",
    drug: "Methylphenidate",
    strength: "10 mg",
    daysSupply: 30,
    refillsAuthorized: 0,
    refillsUsed: 0,
    lastFilledAt: "2025-02-01",
    prescriber: "Dr. A. Bakker",
    controlled: true,
    openRefill: null,
  }],
]);

export function findPrescription(id: string, scope: RequestScope): Prescription {
  const rx = prescriptions.get(id);
  if (!rx) throw new HttpError(404, `no prescription ${id}`);
  if (scope.patientId && scope.patientId !== rx.patientId) {
    throw new HttpError(403, "prescription belongs to another patient");
  }
  return rx;
}

export function medicationsOf(patientId: string) {
  return [...prescriptions.values()]
    .filter((rx) => rx.patientId === patientId)
    .map((rx) => ({
      id: rx.id,
      drug: `${rx.drug} ${rx.strength}`,
      refillsLeft: rx.refillsAuthorized - rx.refillsUsed,
      nextRefillFrom: earliestRefill(rx).toISOString().slice(0, 10),
      openRefill: rx.openRefill?.status ?? null,
    }));
}

function earliestRefill(rx: Prescription): Date {
  const last = Date.parse(rx.lastFilledAt);
  return new Date(last + rx.daysSupply * EARLIEST_REFILL_FRACTION * DAY_MS);
}

/** Checks the refill against the prescription's rules and queues it at the chosen pharmacy. */
export async function requestRefill(
  rx: Prescription,
  input: { pharmacyId?: unknown; note?: unknown },
  scope: RequestScope,
): Promise<RefillRequest> {
  if (rx.controlled) {
    throw new HttpError(422, "controlled substances need a new prescription from the prescriber");
  }
  if (rx.refillsUsed >= rx.refillsAuthorized) {
    throw new HttpError(422, "no refills left on this prescription", {
      prescriber: rx.prescriber,
    });
  }
  const pharmacy: Pharmacy = pharmacyById(String(input.pharmacyId ?? ""));
  const now = new Date();
  if (now < earliestRefill(rx)) {
    throw new HttpError(409, "too early to refill", {
      from: earliestRefill(rx).toISOString(),
    });
  }
  const readyAt = await pickupSlot(pharmacy, rx.drug, scope.signal);
  const refill: RefillRequest = {
    prescriptionId: rx.id,
    pharmacyId: pharmacy.id,
    requestedAt: now.toISOString(),
    readyAt: readyAt.toISOString(),
    note: String(input.note ?? "").slice(0, 200),
    status: "queued",
  };
  // a patient asking again replaces the open request rather than queueing a second fill
  rx.openRefill = refill;
  return refill;
}
