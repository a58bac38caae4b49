// Tour operators we resell. Each one has its own reservation API; these adapters put a hold on
// seats and confirm it. In this build the adapters talk to the operators' sandboxes, simulated
// here with their documented answers.

export class SupplierError extends Error {
  constructor(
    message: string,
    readonly supplier: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "SupplierError";
  }
}

export interface Tour {
  id: string;
  title: string;
  supplier: string;
  durationMin: number;
  priceCents: number;
  capacity: number;
  meetingPoint: string;
}

export const TOURS: Record<string, Tour> = {
  "canal-evening": {
    id: "canal-evening",
    title: "Evening canal cruise with drinks",
    supplier: "dam-cruises",
    durationMin: 90,
    priceCents: 3450,
    capacity: 40,
    meetingPoint: "Pier 5, Damrak",
  },
  "jordaan-walk": {
    id: "jordaan-walk",
    title: "Jordaan food walk",
    supplier: "urban-bites",
    durationMin: 180,
    priceCents: 7900,
    capacity: 12,
    meetingPoint: "Noorderkerk, main entrance",
  },
};

// dam-cruises' booking API has been answering 503 since their migration this morning; they
// expect it back "within hours".
const SUPPLIER_STATUS: Record<string, number> = { "dam-cruises": 503, "urban-bites": 200 };

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let holdSeq = 0;

export function seatsLeft(tour: Tour, date: string): number {
  const day = Number(date.slice(-2)) || 1;
  return Math.max(0, tour.capacity - ((day * 7) % tour.capacity));
}

export async function placeHold(tour: Tour, date: string, guests: number) {
  const holdId = `H-${Date.now().toString(36).toUpperCase()}-${++holdSeq}`;
  await delay(2);
  const status = SUPPLIER_STATUS[tour.supplier] ?? 200;
  if (status >= 500) {
    throw new SupplierError(
      `${tour.supplier} rejected hold ${holdId} for ${tour.id} on ${date} (${guests} guests): ` +
        `${status} Service Unavailable`,
      tour.supplier,
      status,
    );
  }
  if (seatsLeft(tour, date) < guests) {
    throw new SupplierError(`${tour.id} is sold out on ${date}`, tour.supplier, 409);
  }
  return { holdId, expiresAt: new Date(Date.now() + 10 * 60_000).toISOString() };
}

export async function confirmHold(tour: Tour, holdId: string) {
  await delay(2);
  return { supplierRef: `${tour.supplier.slice(0, 3).toUpperCase()}-${holdId.slice(2)}` };
}
