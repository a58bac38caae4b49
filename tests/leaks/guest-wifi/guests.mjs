// The property management system's in-house guests, as the nightly sync leaves them.
const IN_HOUSE = [
  { room: "101", surname: "Okafor", departs: "2025-06-14", tier: "standard" },
  { room: "118", surname: "Lindqvist", departs: "2025-06-12", tier: "premium" },
  { room: "214", surname: "Smith", departs: "2025-06-15", tier: "standard" },
  { room: "305", surname: "García", departs: "2025-06-13", tier: "premium" },
  { room: "412", surname: "Nakamura", departs: "2025-06-16", tier: "standard" },
];

const fold = (s) => String(s ?? "").normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

export function verifyGuest(room, surname) {
  const guest = IN_HOUSE.find((g) => g.room === String(room));
  if (!guest || fold(guest.surname) !== fold(surname)) return undefined;
  return guest;
}

export const TIERS = {
  standard: { downKbps: 10_000, upKbps: 2_000, devices: 3 },
  premium: { downKbps: 100_000, upKbps: 20_000, devices: 6 },
};
