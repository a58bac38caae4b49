import { AggregateRoot, type DomainEvent } from "./aggregate.ts";

export type BoatKind = "single" | "tandem" | "sup";

export class RentalError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Rental {
  rentalId: string;
  customer: string;
  lifejackets: number;
  since: number;
}

export class Boat extends AggregateRoot {
  status: "available" | "out" | "maintenance" = "available";
  rental?: Rental;
  minutesOnWater = 0;

  constructor(id: string, readonly kind: BoatKind, readonly hourlyCents: number) {
    super(id);
  }

  rentOut(rentalId: string, customer: string, lifejackets: number) {
    if (this.status !== "available") throw new RentalError(409, `${this.id} is ${this.status}`);
    const seats = this.kind === "tandem" ? 2 : 1;
    if (lifejackets < seats) throw new RentalError(422, `${seats} life jackets needed`);
    this.raise("BoatRentedOut", { rentalId, customer, lifejackets, since: Date.now() });
  }

  checkIn(rentalId: string, damaged: boolean) {
    if (this.rental?.rentalId !== rentalId) {
      throw new RentalError(409, `${rentalId} is not out on ${this.id}`);
    }
    const minutes = Math.max(1, Math.ceil((Date.now() - this.rental.since) / 60_000));
    const amountCents = Math.max(this.hourlyCents, Math.ceil((minutes / 60) * this.hourlyCents));
    this.raise("BoatCheckedIn", {
      rentalId,
      customer: this.rental.customer,
      minutes,
      amountCents,
      damaged,
    });
  }

  protected apply(event: DomainEvent) {
    const p = event.payload;
    switch (event.type) {
      case "BoatRentedOut":
        this.status = "out";
        this.rental = {
          rentalId: String(p.rentalId),
          customer: String(p.customer),
          lifejackets: Number(p.lifejackets),
          since: Number(p.since),
        };
        break;
      case "BoatCheckedIn":
        this.status = p.damaged ? "maintenance" : "available";
        this.minutesOnWater += Number(p.minutes);
        this.rental = undefined;
        break;
    }
  }
}
