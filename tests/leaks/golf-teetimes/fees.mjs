import { withSpan } from "./tracing.mjs";

// Green fees in pence. Twilight after 15:00; guests of members pay the guest rate.
const FEES = {
  championship: { member: 0, guest: 4500, visitor: 8500, twilight: 0.6 },
  heathland: { member: 0, guest: 2000, visitor: 3500, twilight: 0.7 },
};

export function greenFees(booking) {
  return withSpan("fees.quote", { ref: booking.ref }, () => {
    const table = FEES[booking.course];
    const twilight = booking.time >= "15:00";
    const lines = booking.players.map((p) => {
      const kind = p.guest ? (booking.member ? "guest" : "visitor") : "member";
      const pence = Math.round(table[kind] * (twilight ? table.twilight : 1));
      return { player: p.name, kind, pence };
    });
    return { twilight, lines, total: lines.reduce((n, l) => n + l.pence, 0) };
  });
}
