/** Theatre lists: the operating sessions the scheduling coordinators fill and close. */

export class NotFound extends Error {
  constructor(message) {
    super(message);
    this.status = 404;
  }
}

export class Conflict extends Error {
  constructor(message) {
    super(message);
    this.status = 409;
  }
}

const SESSION_MINUTES = { am: 240, pm: 240, all: 480 };

class TheatreList {
  constructor({ id, theatre, date, session, surgeon, anaesthetist }) {
    this.id = id;
    this.theatre = theatre;
    this.date = date;
    this.session = session;
    this.surgeon = surgeon;
    this.anaesthetist = anaesthetist;
    this.cases = [];
    this.status = "open";
  }

  get bookedMinutes() {
    return this.cases.reduce((n, c) => n + c.durationMin + c.turnaroundMin, 0);
  }

  get capacityMinutes() {
    return SESSION_MINUTES[this.session] ?? 240;
  }
}

export const lists = new Map();
export const recentlyClosed = [];

function openList(id) {
  const list = lists.get(id);
  if (!list) throw new NotFound(`no theatre list ${id}`);
  if (list.status !== "open") throw new Conflict(`list ${id} is ${list.status}`);
  return list;
}

export const handlers = {
  CreateList(cmd) {
    if (lists.has(cmd.aggregateId)) throw new Conflict(`list ${cmd.aggregateId} exists`);
    const list = new TheatreList({ id: cmd.aggregateId, ...cmd.payload });
    lists.set(list.id, list);
    return { id: list.id, capacityMinutes: list.capacityMinutes };
  },

  AddCase(cmd) {
    const list = openList(cmd.aggregateId);
    const p = cmd.payload;
    const turnaroundMin = p.turnaroundMin ?? 20;
    if (list.bookedMinutes + p.durationMin + turnaroundMin > list.capacityMinutes) {
      throw new Conflict(
        `${list.id} has ${list.capacityMinutes - list.bookedMinutes} minutes left`,
      );
    }
    list.cases.push({
      caseId: p.caseId,
      mrn: p.patient.mrn,
      procedure: p.procedure,
      durationMin: p.durationMin,
      turnaroundMin,
      asa: p.asa,
      consentSigned: Boolean(p.consentSigned),
    });
    return { id: list.id, cases: list.cases.length, bookedMinutes: list.bookedMinutes };
  },

  ReorderList(cmd) {
    const list = openList(cmd.aggregateId);
    const order = cmd.payload.order;
    if (
      order.length !== list.cases.length ||
      order.some((id) => !list.cases.find((c) => c.caseId === id))
    ) {
      throw new Conflict("the new order must name every case on the list once");
    }
    list.cases.sort((a, b) => order.indexOf(a.caseId) - order.indexOf(b.caseId));
    return { id: list.id, order: list.cases.map((c) => c.caseId) };
  },

  CloseList(cmd) {
    const list = openList(cmd.aggregateId);
    list.status = "closed";
    lists.delete(list.id);
    const summary = {
      id: list.id,
      theatre: list.theatre,
      date: list.date,
      session: list.session,
      cases: list.cases.length,
      utilisation: Math.round((100 * list.bookedMinutes) / list.capacityMinutes),
      signedOffBy: cmd.payload.signedOffBy,
    };
    recentlyClosed.unshift(summary);
    if (recentlyClosed.length > 10) recentlyClosed.pop();
    return summary;
  },
};

export const schemas = {
  CreateList: ["theatre", "date", "session", "surgeon"],
  AddCase: ["caseId", "patient", "procedure", "durationMin"],
  ReorderList: ["order"],
  CloseList: ["signedOffBy"],
};
