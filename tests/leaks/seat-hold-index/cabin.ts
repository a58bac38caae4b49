/** One seat of the cabin as the seat map and the seat-fee rules see it. */
export interface SeatInfo {
  seat: string;
  row: number;
  letter: string;
  zone: "up-front" | "extra-legroom" | "standard";
  window: boolean;
  aisle: boolean;
  priceCents: number;
}

// A320 in the carrier's 180-seat layout: rows 1-30, ABC DEF, overwing exits at 12 and 13.
const ROWS = 30;
const LETTERS = ["A", "B", "C", "D", "E", "F"];
const EXIT_ROWS = new Set([12, 13]);

const FEES: Record<SeatInfo["zone"], number> = {
  "up-front": 1899,
  "extra-legroom": 2499,
  standard: 799,
};

export function seatInfo(label: string): SeatInfo | undefined {
  const m = /^(\d{1,2})([A-F])$/.exec(label.trim().toUpperCase());
  if (!m) return undefined;
  const row = Number(m[1]);
  if (row < 1 || row > ROWS) return undefined;
  const letter = m[2];
  const zone = row <= 5
    ? "up-front"
    : EXIT_ROWS.has(row) || row === 1
    ? "extra-legroom"
    : "standard";
  return {
    seat: `${row}${letter}`,
    row,
    letter,
    zone,
    window: letter === "A" || letter === "F",
    aisle: letter === "C" || letter === "D",
    priceCents: FEES[zone],
  };
}

export function cabinSeats(): string[] {
  const seats: string[] = [];
  for (let row = 1; row <= ROWS; row++) {
    for (const letter of LETTERS) seats.push(`${row}${letter}`);
  }
  return seats;
}
