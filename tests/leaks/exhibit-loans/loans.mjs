import { TwoWayMap } from "./node_modules/twoway-map/index.js";
import { galleries } from "./conditions.mjs";

export class LoanError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

/** Incoming loans in the building, by id. */
const loans = new Map();
/** Crate barcode ↔ loan: the registrar scans a crate and sees the loan, and back. */
export const crates = new TwoWayMap();
/** Courier ↔ loan pairs for the couriers accompanying the objects, by a key per pair. */
const courierDuties = new Map();
const returned = [];
const MAX_RETURNED = 30;
export const counts = { received: 0, recrated: 0, returned: 0, reports: 0 };

export const dutyKey = (courier, loan) =>
  courier < loan ? `${courier}|${loan}` : `${loan}|${courier}`;

export function receive(body) {
  if (!/^LN-[\w-]+$/.test(body.id ?? "")) throw new LoanError("loan id required");
  if (loans.has(body.id)) throw new LoanError(`${body.id} is already in the building`, 409);
  const gallery = galleries.get(body.gallery);
  if (!gallery) throw new LoanError(`no gallery ${body.gallery}`, 404);
  if (!body.object?.number || !body.lender || !body.crate) {
    throw new LoanError("object number, lender and crate are required");
  }
  const loan = {
    id: body.id,
    object: {
      number: body.object.number,
      title: body.object.title ?? "",
      maker: body.object.maker ?? "unknown",
      medium: body.object.medium ?? "",
    },
    lender: body.lender,
    gallery: gallery.id,
    insuranceValue: body.insuranceValue ?? 0,
    agreement: {
      rh: body.agreement?.rh ?? [45, 55],
      tempC: body.agreement?.tempC ?? [18, 22],
      lux: body.agreement?.lux ?? 150,
    },
    courier: body.courier ?? null,
    latestReport: null,
    receivedAt: new Date().toISOString(),
  };
  loans.set(loan.id, loan);
  crates.set(body.crate, loan);
  if (loan.courier) courierDuties.set(dutyKey(loan.courier, loan.id), { since: loan.receivedAt });
  counts.received++;
  rederive(gallery.id);
  return loan;
}

export function find(id) {
  const loan = loans.get(id);
  if (!loan) throw new LoanError(`no loan ${id} in the building`, 404);
  return loan;
}

/** The object went into a different crate (the lender's crate failed its inspection). */
export function recrate(id, crate) {
  const loan = find(id);
  if (!crate) throw new LoanError("crate barcode required");
  crates.set(crate, loan);
  counts.recrated++;
  return { loan: id, crate: crates.keyOf(loan) };
}

export function conditionReport(id, report) {
  const loan = find(id);
  loan.latestReport = {
    by: report.by ?? "registrar",
    condition: report.condition ?? "stable",
    notes: report.notes ?? "",
    at: new Date().toISOString(),
  };
  counts.reports++;
  return loan.latestReport;
}

export function returnLoan(id) {
  const loan = find(id);
  loans.delete(id);
  crates.deleteValue(loan);
  if (loan.courier) courierDuties.delete(dutyKey(loan.courier, loan.id));
  returned.push({ id, lender: loan.lender, at: new Date().toISOString() });
  if (returned.length > MAX_RETURNED) returned.shift();
  counts.returned++;
  rederive(loan.gallery);
  return { id, returned: true };
}

export function byCrate(barcode) {
  return crates.get(barcode) ?? null;
}

function rederive(galleryId) {
  const onShow = [...loans.values()].filter((l) => l.gallery === galleryId);
  return galleries.get(galleryId).derive(onShow);
}

export function overview() {
  return {
    inBuilding: loans.size,
    crates: crates.size,
    couriersOnDuty: courierDuties.size,
    counts,
    galleries: [...galleries.values()].map((g) => g.summary()),
    recentlyReturned: returned.slice(-5),
  };
}
