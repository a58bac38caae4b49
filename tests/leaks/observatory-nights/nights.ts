/** The public observing nights at the dome and the telescope field behind it. */
export interface Night {
  date: string;
  theme: string;
  capacity: number;
  priceCents: number;
  seatsBooked: number;
  seatsHeld: number;
  bookings: number;
  cancellations: number;
}

const nights = new Map<string, Night>(
  [
    ["2025-04-11", "Jupiter and the Galilean moons", 1_500, 1_250],
    ["2025-04-12", "Star party: spring galaxies", 2_500, 950],
    ["2025-04-25", "Lyrids meteor shower", 2_000, 950],
  ].map(([date, theme, capacity, priceCents]) => [
    date as string,
    {
      date: date as string,
      theme: theme as string,
      capacity: capacity as number,
      priceCents: priceCents as number,
      seatsBooked: 0,
      seatsHeld: 0,
      bookings: 0,
      cancellations: 0,
    },
  ]),
);

export function findNight(date: string): Night | undefined {
  return nights.get(date);
}

export function seatsLeft(night: Night): number {
  return night.capacity - night.seatsBooked - night.seatsHeld;
}
