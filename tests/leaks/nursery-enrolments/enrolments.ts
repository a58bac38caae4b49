import { type ChildDetails, Enrolment, type Guardian, Room, type Session } from "./domain.ts";
import { NotFound, Repository } from "./repository.ts";
import type { UnitOfWork } from "./unit_of_work.ts";
import type { Clock, RegisterExport } from "./composition.ts";

export class EnrolmentRepository extends Repository<Enrolment> {
  protected readonly kind = "Enrolment";

  protected hydrate(row: unknown): Enrolment {
    const r = row as Enrolment;
    return Object.assign(new Enrolment(r.id, r.child, r.guardians, r.sessions, r.appliedAt), r);
  }
}

export class RoomRepository extends Repository<Room> {
  protected readonly kind = "Room";

  protected hydrate(row: unknown): Room {
    const r = row as Room;
    return new Room(r.id, r.name, r.minMonths, r.maxMonths, r.capacity, r.occupied);
  }
}

export class ValidationError extends Error {}
export class ConflictError extends Error {}

export interface ApplicationForm {
  id: string;
  child: ChildDetails;
  guardians: Guardian[];
  sessions: Session[];
}

const SESSIONS = new Set(
  ["mon", "tue", "wed", "thu", "fri"].flatMap((d) => [`${d}-am`, `${d}-pm`]),
);

/** The enrolment office's use cases, one instance per request. */
export class EnrolmentService {
  constructor(
    private readonly enrolments: EnrolmentRepository,
    private readonly rooms: RoomRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly register: RegisterExport,
    private readonly staff: string,
  ) {}

  apply(form: ApplicationForm): Enrolment {
    if (!form.id || !form.child?.firstName || !form.child?.dateOfBirth) {
      throw new ValidationError("id, child.firstName and child.dateOfBirth are required");
    }
    if (!Array.isArray(form.guardians) || form.guardians.length === 0) {
      throw new ValidationError("at least one guardian is required");
    }
    const bad = (form.sessions ?? []).filter((s) => !SESSIONS.has(s));
    if (bad.length) throw new ValidationError(`unknown sessions ${bad.join(", ")}`);
    if (this.enrolments.get(form.id)) throw new ConflictError(`${form.id} already exists`);

    const enrolment = new Enrolment(
      form.id,
      { ...form.child, allergies: form.child.allergies ?? [] },
      form.guardians,
      form.sessions,
      this.clock.now(),
    );
    enrolment.transition("applied", this.staff, enrolment.appliedAt);
    this.enrolments.add(enrolment);
    this.uow.commit();
    return enrolment;
  }

  get(id: string): Enrolment {
    return this.enrolments.require(id);
  }

  offer(id: string, roomId: string, startDate: string): Enrolment {
    const enrolment = this.enrolments.require(id);
    if (enrolment.status !== "applied") {
      throw new ConflictError(`${id} is ${enrolment.status}, not applied`);
    }
    const room = this.rooms.require(roomId);
    const months = enrolment.ageInMonthsOn(startDate);
    if (months < room.minMonths || months > room.maxMonths) {
      throw new ValidationError(
        `${enrolment.child.firstName} will be ${months} months old; ${room.name} takes ${room.minMonths}-${room.maxMonths}`,
      );
    }
    const full = enrolment.sessions.filter((s) => room.freeOn(s) <= 0);
    if (full.length) throw new ConflictError(`${room.name} is full on ${full.join(", ")}`);
    enrolment.offeredRoom = room.id;
    enrolment.offeredAt = this.clock.now();
    enrolment.startDate = startDate;
    enrolment.fundedHours = months >= 36 ? 30 : months >= 24 ? 15 : 0;
    enrolment.transition("offered", this.staff, enrolment.offeredAt);
    this.enrolments.changed(enrolment);
    this.uow.commit();
    return enrolment;
  }

  accept(id: string) {
    const enrolment = this.enrolments.require(id);
    if (enrolment.status !== "offered") {
      throw new ConflictError(`${id} is ${enrolment.status}, not offered`);
    }
    enrolment.transition("accepted", "guardian", this.clock.now());
    // accepted places live in the register from here on; the office keeps open applications only
    const registerId = this.register.send(enrolment);
    this.enrolments.remove(enrolment);
    this.uow.commit();
    return { id, registerId, room: enrolment.offeredRoom, startDate: enrolment.startDate };
  }

  roomsFor(ids: string[]) {
    return ids.map((id) => {
      const room = this.rooms.get(id);
      if (!room) throw new NotFound(`room ${id}`);
      return {
        id: room.id,
        name: room.name,
        ages: `${room.minMonths}-${room.maxMonths} months`,
        capacity: room.capacity,
      };
    });
  }
}
