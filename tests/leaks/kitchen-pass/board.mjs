// The pass: tickets fired from the tills, and the station screens that long-poll for the next
// ones. A screen asks for tickets after the last one it showed; when there are none yet it is
// parked until a ticket for its station fires or its wait runs out.

const KEEP_TICKETS = 60;

export class TicketBoard {
  constructor() {
    this.seq = 0;
    this.tickets = [];
    this.waiting = new Set();
    this.bumped = new Map();
  }

  fire(station, table, items, note) {
    const ticket = {
      seq: ++this.seq,
      station,
      table,
      items: items.map((i) => ({
        name: String(i.name),
        qty: Number(i.qty) || 1,
        mods: i.mods ?? [],
      })),
      note: note ?? null,
      firedAt: Date.now(),
    };
    this.tickets.push(ticket);
    if (this.tickets.length > KEEP_TICKETS) {
      this.tickets.splice(0, this.tickets.length - KEEP_TICKETS);
    }

    for (const waiter of this.waiting) {
      if (waiter.answered || waiter.station !== station) continue;
      waiter.answered = true;
      clearTimeout(waiter.timer);
      this.waiting.delete(waiter);
      waiter.reply([ticket]);
    }
    return ticket;
  }

  since(station, seq) {
    return this.tickets.filter((t) => t.station === station && t.seq > seq);
  }

  bump(seq) {
    const ticket = this.tickets.find((t) => t.seq === seq);
    if (!ticket) return false;
    this.bumped.set(ticket.station, seq);
    return true;
  }

  // Answers with the station's tickets after `since`, at once or when one fires, or with none
  // once `waitMs` has passed.
  next(station, since, waitMs, reply) {
    const ready = this.since(station, since);
    if (ready.length > 0) return reply(ready);

    const waiter = {
      station,
      since,
      parkedAt: Date.now(),
      answered: false,
      timer: null,
      reply,
    };
    waiter.timer = setTimeout(() => {
      if (waiter.answered) return;
      waiter.answered = true;
      reply([]);
    }, waitMs);
    this.waiting.add(waiter);
  }

  stats() {
    const parked = [...this.waiting].filter((w) => !w.answered).length;
    return {
      seq: this.seq,
      tickets: this.tickets.length,
      parked,
      bumped: Object.fromEntries(this.bumped),
    };
  }
}
