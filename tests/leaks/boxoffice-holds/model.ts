import { type Hashable, hashAll } from "./vendor/jcollections.ts";

export type HoldStatus = "HELD" | "SOLD" | "RELEASED";

export interface Customer {
  name: string;
  email: string;
  phone?: string;
  member?: string;
}

/**
 * A seat held in a basket (SeatHold.java, a Lombok @Data class: equals and hashCode over every
 * field, as generated).
 */
export class SeatHold implements Hashable {
  status: HoldStatus = "HELD";
  ticketNo: string | null = null;

  constructor(
    readonly performanceId: string,
    readonly seat: string,
    readonly basketId: string,
    readonly priceBand: string,
    readonly pricePence: number,
    readonly customer: Customer,
    readonly heldAt: number,
  ) {}

  hashCode(): number {
    return hashAll(
      this.performanceId,
      this.seat,
      this.basketId,
      this.priceBand,
      this.pricePence,
      this.customer.email,
      this.heldAt,
      this.status,
      this.ticketNo,
    );
  }

  equals(other: unknown): boolean {
    return other instanceof SeatHold &&
      other.performanceId === this.performanceId &&
      other.seat === this.seat &&
      other.basketId === this.basketId &&
      other.priceBand === this.priceBand &&
      other.pricePence === this.pricePence &&
      other.customer.email === this.customer.email &&
      other.heldAt === this.heldAt &&
      other.status === this.status &&
      other.ticketNo === this.ticketNo;
  }
}

export class BoxOfficeError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
