/** Entities of the enrolment office. */

export interface Entity {
  readonly id: string;
  readonly kind: string;
}

export type Session =
  | "mon-am"
  | "mon-pm"
  | "tue-am"
  | "tue-pm"
  | "wed-am"
  | "wed-pm"
  | "thu-am"
  | "thu-pm"
  | "fri-am"
  | "fri-pm";

export interface Guardian {
  name: string;
  relationship: string;
  phone: string;
  email: string;
}

export interface ChildDetails {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  allergies: string[];
  notes?: string;
}

export type EnrolmentStatus = "applied" | "offered" | "accepted" | "declined";

export class Enrolment implements Entity {
  readonly kind = "Enrolment";
  status: EnrolmentStatus = "applied";
  offeredRoom?: string;
  offeredAt?: string;
  startDate?: string;
  fundedHours = 0;
  history: { at: string; status: EnrolmentStatus; by: string }[] = [];

  constructor(
    readonly id: string,
    readonly child: ChildDetails,
    readonly guardians: Guardian[],
    public sessions: Session[],
    readonly appliedAt: string,
  ) {}

  ageInMonthsOn(date: string): number {
    const dob = new Date(this.child.dateOfBirth);
    const on = new Date(date);
    return (on.getUTCFullYear() - dob.getUTCFullYear()) * 12 + on.getUTCMonth() - dob.getUTCMonth();
  }

  transition(to: EnrolmentStatus, by: string, at: string) {
    this.history.push({ at, status: to, by });
    this.status = to;
  }
}

export class Room implements Entity {
  readonly kind = "Room";
  constructor(
    readonly id: string,
    readonly name: string,
    readonly minMonths: number,
    readonly maxMonths: number,
    readonly capacity: number,
    public occupied: Partial<Record<Session, number>> = {},
  ) {}

  freeOn(session: Session) {
    return this.capacity - (this.occupied[session] ?? 0);
  }
}
