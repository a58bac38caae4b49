// Compatibility with the v1 appointments API, which the reception desk's Windows app still
// speaks until every practice has upgraded. v1 had flat records with Dutch field names; rather
// than translate on every read, writes keep the v1 shape next to the v2 record.
const COMPAT_V1 = process.env.COMPAT_V1 !== "off";

const legacyAppointments = new Map(); // afspraakId → v1 record

const V1_STATUS = { booked: "GEPLAND", arrived: "AANWEZIG", completed: "AFGEROND" };

function toV1(appointment) {
  const legacy = {
    afspraakId: appointment.id,
    patientNaam: appointment.patient.name,
    diersoort: appointment.patient.species,
    chipnummer: appointment.patient.chipNumber,
    eigenaar: appointment.owner.name,
    telefoon: appointment.owner.phone,
    dierenarts: appointment.vet,
    datumTijd: appointment.start,
    reden: appointment.reason,
    gewichtKg: appointment.weightKg ?? null,
    status: V1_STATUS[appointment.status],
    regels: appointment.invoice?.lines.map((l) => `${l.code} x${l.qty}`).join(";") ?? "",
  };
  return legacy;
}

/** Called by the v2 store on every write. */
export function mirrorV1(appointment) {
  if (!COMPAT_V1) return;
  legacyAppointments.set(appointment.id, toV1(appointment));
}

/** The v1 client's "delete appointment" (cancellations at the desk). */
export function dropV1(id) {
  legacyAppointments.delete(id);
}

export function readV1(id) {
  return legacyAppointments.get(id);
}
