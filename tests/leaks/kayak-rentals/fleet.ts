import { EventDispatcher } from "./aggregate.ts";
import { Boat, type BoatKind, RentalError } from "./boat.ts";

export const dispatcher = new EventDispatcher();

/** The boats are few and every request touches one, so they stay loaded. */
class BoatRepository {
  #boats = new Map<string, Boat>();

  constructor(fleet: [string, BoatKind, number][]) {
    for (const [id, kind, hourlyCents] of fleet) {
      this.#boats.set(id, new Boat(id, kind, hourlyCents));
    }
  }

  get(id: string) {
    const boat = this.#boats.get(id);
    if (!boat) throw new RentalError(404, `no boat ${id}`);
    return boat;
  }

  firstAvailable(kind: BoatKind) {
    for (const boat of this.#boats.values()) {
      if (boat.kind === kind && boat.status === "available") return boat;
    }
    throw new RentalError(409, `no ${kind} available`);
  }

  all() {
    return [...this.#boats.values()];
  }

  async save(boat: Boat) {
    this.#boats.set(boat.id, boat);
    await dispatcher.dispatch(boat);
  }
}

const FLEET: [string, BoatKind, number][] = [];
for (let n = 1; n <= 12; n++) FLEET.push([`tandem-${n}`, "tandem", 2400]);
for (let n = 1; n <= 8; n++) FLEET.push([`single-${n}`, "single", 1600]);
for (let n = 1; n <= 6; n++) FLEET.push([`sup-${n}`, "sup", 1800]);

export const boats = new BoatRepository(FLEET);

/** Rental reference (from the booking app) to the boat it is on, while it is out. */
export const openRentals = new Map<string, string>();

export const board = { out: 0, takingsCents: 0, lastCheckIns: [] as string[] };

dispatcher.on("BoatRentedOut", (event) => {
  openRentals.set(String(event.payload.rentalId), event.aggregateId);
  board.out++;
});

dispatcher.on("BoatCheckedIn", (event) => {
  openRentals.delete(String(event.payload.rentalId));
  board.out--;
  board.takingsCents += Number(event.payload.amountCents);
  board.lastCheckIns = [event.aggregateId, ...board.lastCheckIns].slice(0, 10);
});
