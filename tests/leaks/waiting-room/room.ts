export interface Ticket {
  id: string;
  visitor: string;
  eventId: string;
  presale: boolean;
  joinedAt: number;
  userAgent: string;
  lastSeenAt: number;
}

export interface Admission {
  ticketId: string;
  visitor: string;
  token: string;
  expiresAt: number;
}

export class WaitingRoom {
  readonly waiting: Ticket[] = [];
  readonly presale: Ticket[] = [];
  readonly byVisitor = new Map<string, Ticket>();
  readonly admitted = new Map<string, Admission>();

  constructor(readonly eventId: string, readonly capacity: number) {}

  join(visitor: string, presale: boolean, userAgent: string): Ticket {
    const existing = this.byVisitor.get(visitor);
    if (existing) {
      existing.lastSeenAt = Date.now();
      return existing;
    }
    const ticket: Ticket = {
      id: `tkt_${crypto.randomUUID()}`,
      visitor,
      eventId: this.eventId,
      presale,
      joinedAt: Date.now(),
      userAgent,
      lastSeenAt: Date.now(),
    };
    if (presale) this.presale.push(ticket);
    else this.waiting.push(ticket);
    this.byVisitor.set(visitor, ticket);
    return ticket;
  }

  position(visitor: string): number | undefined {
    const ticket = this.byVisitor.get(visitor);
    if (!ticket) return undefined;
    ticket.lastSeenAt = Date.now();
    if (ticket.presale) return this.presale.indexOf(ticket) + 1;
    return this.presale.length + this.waiting.indexOf(ticket) + 1;
  }

  leave(visitor: string): boolean {
    const ticket = this.byVisitor.get(visitor);
    if (!ticket) return false;
    this.byVisitor.delete(visitor);
    let queue = ticket.presale ? this.presale : this.waiting;
    queue = queue.filter((t) => t.id !== ticket.id);
    return true;
  }

  admitNext(): Admission[] {
    const free = this.capacity - this.admitted.size;
    const batch: Ticket[] = [];
    while (batch.length < free && (this.presale.length || this.waiting.length)) {
      batch.push((this.presale.length ? this.presale : this.waiting).shift()!);
    }
    return batch.map((ticket) => {
      this.byVisitor.delete(ticket.visitor);
      const admission = {
        ticketId: ticket.id,
        visitor: ticket.visitor,
        token: crypto.randomUUID(),
        expiresAt: Date.now() + 10 * 60_000,
      };
      this.admitted.set(admission.token, admission);
      return admission;
    });
  }

  release(token: string): boolean {
    return this.admitted.delete(token);
  }
}
