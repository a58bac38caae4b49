// Fleets and their fuel cards. Fleet contracts are frozen once loaded; per-fleet helpers that
// are built lazily live in a WeakMap beside them.

const freeze = (value) => {
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) freeze(value[key]);
    Object.freeze(value);
  }
  return value;
};

const FLEETS = freeze({
  vanderveen: {
    id: "vanderveen",
    name: "Van der Veen Bouw",
    currency: "EUR",
    discountCentsPerLitre: { diesel: 6, petrol: 4, adblue: 0 },
    products: ["diesel", "adblue"],
  },
  kustkoeriers: {
    id: "kustkoeriers",
    name: "Kust Koeriers",
    currency: "EUR",
    discountCentsPerLitre: { diesel: 3, petrol: 3, adblue: 0 },
    products: ["diesel", "petrol"],
  },
});

const cards = new Map(
  [
    { id: "FC-1001", fleet: "vanderveen", plate: "VZ-331-K", driver: "Henk", maxFillLitres: 120 },
    { id: "FC-1002", fleet: "vanderveen", plate: "VZ-332-K", driver: "Mo", maxFillLitres: 120 },
    { id: "FC-2001", fleet: "kustkoeriers", plate: "V-812-GT", driver: "Lisa", maxFillLitres: 90 },
  ].map((c) => [c.id, { ...c, blocked: false, fills: 0, litres: 0, lastOdometer: 0 }]),
);

export class FuelError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function findFleet(id) {
  const fleet = Object.hasOwn(FLEETS, id) ? FLEETS[id] : undefined;
  if (!fleet) throw new FuelError(404, `no fleet ${id}`);
  return fleet;
}

export function findCard(id) {
  const card = cards.get(id);
  if (!card) throw new FuelError(404, `no card ${id}`);
  return card;
}

export function cardsOf(fleetId) {
  return [...cards.values()].filter((c) => c.fleet === fleetId);
}

const pricers = new WeakMap();

/** The fleet's contract price per litre, built once per fleet. */
export function pricerFor(fleet) {
  let pricer = pricers.get(fleet);
  if (!pricer) {
    pricer = (product, pumpCentsPerLitre) =>
      Math.max(0, pumpCentsPerLitre - (fleet.discountCentsPerLitre[product] ?? 0));
    pricers.set(fleet, pricer);
  }
  return pricer;
}
