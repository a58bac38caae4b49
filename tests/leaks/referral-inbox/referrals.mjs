const SPECIALTIES = new Set(["cardiology", "dermatology", "orthopaedics", "neurology"]);
const open = new Map();

export class ReferralError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function receive(body, log) {
  if (!SPECIALTIES.has(body.specialty)) throw new ReferralError(422, "unknown specialty");
  if (!/^\d{6,12}$/.test(String(body.ubrn))) throw new ReferralError(422, "ubrn: 6 to 12 digits");
  if (open.has(String(body.ubrn))) throw new ReferralError(409, "already received");
  if (!/^\d{9}$/.test(String(body.patient?.nhsNumber ?? ""))) {
    throw new ReferralError(422, "patient.nhsNumber must be 9 digits");
  }
  const referral = {
    id: String(body.ubrn),
    specialty: body.specialty,
    patient: { nhsNumber: body.patient.nhsNumber, name: String(body.patient.name ?? "") },
    referrer: String(body.referrer ?? "unknown practice"),
    reason: String(body.reason ?? ""),
    urgency: /chest pain|numbness|sudden/i.test(String(body.reason)) ? "urgent" : "routine",
    receivedAt: Date.now(),
  };
  open.set(referral.id, referral);
  log.info("referral received", { referral: referral.id, specialty: referral.specialty });
  log.debug("triage inputs", { reason: referral.reason });
  if (referral.urgency === "urgent") log.warn("urgent referral", { referral: referral.id });
  return referral;
}

export function find(id) {
  return open.get(id);
}

export function accept(id, clinician, log) {
  const referral = open.get(id);
  if (!referral) throw new ReferralError(404, "no such open referral");
  open.delete(id);
  log.info("referral accepted", { referral: id, clinician });
  return { ...referral, acceptedBy: clinician, acceptedAt: Date.now() };
}

export const openCount = () => open.size;
