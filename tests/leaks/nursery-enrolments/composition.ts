import { Container, token } from "./container.ts";
import { Database } from "./database.ts";
import { type Enrolment, Room } from "./domain.ts";
import { EnrolmentRepository, EnrolmentService, RoomRepository } from "./enrolments.ts";
import { UnitOfWork } from "./unit_of_work.ts";

export interface Clock {
  now(): string;
}

/** Hands accepted places to the childcare register (the MIS), which owns them from then on. */
export class RegisterExport {
  sent = 0;
  recent: { registerId: string; child: string; room?: string; start?: string }[] = [];

  send(e: Enrolment): string {
    const registerId = `REG-${String(++this.sent).padStart(6, "0")}`;
    this.recent.unshift({
      registerId,
      child: `${e.child.firstName} ${e.child.lastName}`,
      room: e.offeredRoom,
      start: e.startDate,
    });
    if (this.recent.length > 10) this.recent.length = 10;
    return registerId;
  }
}

export interface RequestInfo {
  staff: string;
}

export const Tokens = {
  clock: token<Clock>("Clock"),
  db: token<Database>("Database"),
  register: token<RegisterExport>("RegisterExport"),
  request: token<RequestInfo>("RequestInfo"),
  unitOfWork: token<UnitOfWork>("UnitOfWork"),
  enrolments: token<EnrolmentRepository>("EnrolmentRepository"),
  rooms: token<RoomRepository>("RoomRepository"),
  service: token<EnrolmentService>("EnrolmentService"),
};

export const ROOM_IDS = ["ducklings", "owls", "foxes"];

function seed(db: Database) {
  db.insert("Room", "ducklings", new Room("ducklings", "Ducklings (baby room)", 3, 23, 9));
  db.insert("Room", "owls", new Room("owls", "Owls (toddlers)", 24, 35, 12));
  db.insert("Room", "foxes", new Room("foxes", "Foxes (pre-school)", 36, 59, 20));
}

/** The requests' RequestInfo is set into the scope by the server before resolving anything. */
export const requestInfo = new WeakMap<object, RequestInfo>();

export function compose(): Container {
  const container = new Container();
  container
    .register(Tokens.clock, () => ({ now: () => new Date().toISOString() }))
    .register(Tokens.db, () => {
      const db = new Database();
      seed(db);
      return db;
    })
    .register(Tokens.register, () => new RegisterExport())
    .register(Tokens.request, (r) => requestInfo.get(r) ?? { staff: "system" }, {
      lifetime: "scoped",
    })
    // one unit of work per request: it tracks what the request loads and writes it back
    .register(Tokens.unitOfWork, (r) => new UnitOfWork(r.resolve(Tokens.db)), {
      dispose: (uow) => uow.dispose(),
    })
    .register(Tokens.enrolments, (r) => new EnrolmentRepository(r.resolve(Tokens.unitOfWork)), {
      lifetime: "scoped",
    })
    .register(Tokens.rooms, (r) => new RoomRepository(r.resolve(Tokens.unitOfWork)), {
      lifetime: "scoped",
    })
    .register(
      Tokens.service,
      (r) =>
        new EnrolmentService(
          r.resolve(Tokens.enrolments),
          r.resolve(Tokens.rooms),
          r.resolve(Tokens.unitOfWork),
          r.resolve(Tokens.clock),
          r.resolve(Tokens.register),
          r.resolve(Tokens.request).staff,
        ),
      { lifetime: "scoped" },
    );
  return container;
}
