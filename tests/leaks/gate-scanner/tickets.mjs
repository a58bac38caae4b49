import { HttpError } from "./router.mjs";

/** Ticket classes sold for tonight's show and the gates each may enter by. */
const CLASSES = {
  GA: { label: "General admission", gates: ["north-1", "north-2", "south-2"] },
  VIP: { label: "VIP lounge", gates: ["south-2"] },
  CREW: { label: "Crew", gates: ["north-1", "north-2", "south-2", "dock"] },
};

const TICKET = /^(GA|VIP|CREW)-(\d{1,9})$/;
const RECENT_LIMIT = 64;

/** The last few admissions, newest last, so a re-entry within seconds is caught at the gate. */
const recentAdmissions = [];

export function checkTicket(code, gateId) {
  const match = TICKET.exec(String(code ?? "").trim().toUpperCase());
  if (!match) throw new HttpError(422, "unreadable ticket code");
  const [, cls, serial] = match;
  const ticketClass = CLASSES[cls];
  if (!ticketClass.gates.includes(gateId)) {
    return {
      admit: false,
      reason: `${ticketClass.label} tickets enter by ${ticketClass.gates[0]}`,
    };
  }
  const ticket = `${cls}-${serial}`;
  if (recentAdmissions.some((a) => a.ticket === ticket)) {
    return { admit: false, reason: "already scanned in" };
  }
  recentAdmissions.push({ ticket, gateId, at: Date.now() });
  if (recentAdmissions.length > RECENT_LIMIT) recentAdmissions.shift();
  return { admit: true, ticket, class: ticketClass.label };
}

export function recentAt(gateId) {
  return recentAdmissions.filter((a) => a.gateId === gateId).slice(-5);
}
