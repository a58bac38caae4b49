/** Bookings for wheel-throwing and hand-building classes. */

export type Status = "booked" | "checked-out" | "cancelled";

export interface Participant {
  name: string;
  allergies?: string;
}

export class Booking {
  /** Every open booking by reference, for the front desk and the kiln schedule. */
  static registry = new Map<string, Booking>();

  status: Status = "booked";
  readonly createdAt = new Date().toISOString();

  constructor(
    readonly reference: string,
    readonly session: string,
    readonly customer: { name: string; email: string; phone?: string },
    readonly clayKg: number,
  ) {
    (this.constructor as typeof Booking).registry.set(this.reference, this);
  }

  static find(reference: string): Booking | undefined {
    return this.registry.get(reference);
  }

  get seats(): number {
    return 1;
  }

  /** Checked out or cancelled: off the desk's list. */
  close(status: Exclude<Status, "booked">): void {
    this.status = status;
    Booking.registry.delete(this.reference);
  }
}

/** Birthday parties and team outings: one booking, several wheels. */
export class GroupBooking extends Booking {
  /** Group bookings on their own, for the parties page and the welcome-board printout. */
  static override registry = new Map<string, Booking>();

  constructor(
    reference: string,
    session: string,
    customer: { name: string; email: string; phone?: string },
    clayKg: number,
    readonly occasion: string,
    readonly participants: Participant[],
    readonly glazes: string[],
    readonly notes: string,
  ) {
    super(reference, session, customer, clayKg);
  }

  override get seats(): number {
    return this.participants.length;
  }
}

export function findBooking(reference: string): Booking | undefined {
  return GroupBooking.find(reference) ?? Booking.find(reference);
}

export function partiesOn(session: string): GroupBooking[] {
  return [...GroupBooking.registry.values()].filter((b): b is GroupBooking =>
    b instanceof GroupBooking && b.session === session && b.status === "booked"
  );
}
