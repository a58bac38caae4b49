const FIRST_RESPONSE_TARGET_MS = { urgent: 30 * 60_000, normal: 4 * 3600_000, low: 24 * 3600_000 };

/**
 * Starts a first-response clock on every new ticket and stops it on the first agent reply.
 */
export class SlaPlugin {
  name = "sla";
  version = "2.1.3";
  met = 0;
  breached = 0;

  setup(bus) {
    this.bus = bus;
    bus.on("ticket.created", (ticket) => this.start(ticket));
  }

  start(ticket) {
    const target = FIRST_RESPONSE_TARGET_MS[ticket.priority] ?? FIRST_RESPONSE_TARGET_MS.normal;
    ticket.sla = { startedAt: Date.now(), dueAt: Date.now() + target, firstResponseMs: null };
    this.bus.on("ticket.replied", (evt) => this.onReply(ticket, evt));
  }

  onReply(ticket, evt) {
    if (evt.ticketRef !== ticket.ref || evt.author.role !== "agent") return;
    const now = Date.now();
    ticket.sla.firstResponseMs = now - ticket.sla.startedAt;
    if (now <= ticket.sla.dueAt) this.met++;
    else this.breached++;
    this.bus.off("ticket.replied", this.onReply);
  }
}
