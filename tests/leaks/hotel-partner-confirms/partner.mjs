import { setStatus } from "./reservations.mjs";

// The partner answers on our callback URL; if it hasn't within this window the desk is told
// to phone the hotel.
const CONFIRM_TIMEOUT_MS = 300;

const pendingConfirmations = new Map();
let unconfirmed = 0;

export function sendToPartner(reservation) {
  const entry = {
    reservation,
    partner: reservation.stay.partner,
    sentAt: Date.now(),
    timer: null,
  };
  entry.timer = setTimeout(() => {
    pendingConfirmations.delete(reservation.ref);
    unconfirmed++;
    setStatus(reservation, "unconfirmed");
  }, CONFIRM_TIMEOUT_MS);
  pendingConfirmations.set(reservation.ref, entry);
  // the partner's request goes out through the channel manager's queue (not simulated here)
}

/** The partner's callback: {reference, status: "CONFIRMED" | "REJECTED", confirmationNumber}. */
export function handlePartnerCallback(body) {
  const entry = pendingConfirmations.get(body.reference);
  if (!entry) return { known: false };
  clearTimeout(entry.timer);
  const { reservation } = entry;
  if (body.status === "CONFIRMED") {
    setStatus(reservation, "confirmed", {
      partnerConfirmation: {
        number: body.confirmationNumber,
        hotelNotes: body.notes ?? null,
        receivedAt: new Date().toISOString(),
        latencyMs: Date.now() - entry.sentAt,
      },
    });
  } else {
    setStatus(reservation, "rejected", { rejectReason: body.reason ?? "no reason given" });
  }
  return { known: true, status: reservation.status };
}

export function partnerStats() {
  return { waiting: pendingConfirmations.size, unconfirmed };
}
