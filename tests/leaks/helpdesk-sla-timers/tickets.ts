/** Support tickets as state machines: the desk keeps the live ones and their SLA clocks. */

export type Priority = "urgent" | "high" | "normal" | "low";
export type State = "open" | "triaged" | "resolved" | "closed" | "merged";

export interface Message {
  from: string;
  body: string;
  at: number;
}

export interface Ticket {
  ref: string;
  subject: string;
  requester: string;
  priority: Priority;
  state: State;
  assignee?: string;
  messages: Message[];
  transitions: { from: State; to: State; at: number; by: string }[];
  openedAt: number;
  firstResponseDueAt: number;
  breached: boolean;
  slaTimer?: ReturnType<typeof setTimeout>;
}

/** Time to first response by priority. */
const FIRST_RESPONSE_MS: Record<Priority, number> = {
  urgent: 60 * 60 * 1000,
  high: 4 * 60 * 60 * 1000,
  normal: 8 * 60 * 60 * 1000,
  low: 24 * 60 * 60 * 1000,
};

const TRANSITIONS: Record<State, Partial<Record<string, State>>> = {
  open: { triage: "triaged", resolve: "resolved", merge: "merged" },
  triaged: { resolve: "resolved", merge: "merged" },
  resolved: { reopen: "triaged", close: "closed" },
  closed: {},
  merged: {},
};

export class TransitionError extends Error {
  constructor(message: string, readonly status = 409) {
    super(message);
  }
}

export class TicketDesk {
  #tickets = new Map<string, Ticket>();
  #breaches: { ref: string; priority: Priority; at: number }[] = [];
  #closed = 0;

  open(input: { ref: string; subject: string; from: string; body: string; priority?: Priority }) {
    if (this.#tickets.has(input.ref)) throw new TransitionError(`ticket ${input.ref} exists`);
    const priority = input.priority ?? "normal";
    const now = Date.now();
    const ticket: Ticket = {
      ref: input.ref,
      subject: input.subject,
      requester: input.from,
      priority,
      state: "open",
      messages: [{ from: input.from, body: input.body, at: now }],
      transitions: [],
      openedAt: now,
      firstResponseDueAt: now + FIRST_RESPONSE_MS[priority],
      breached: false,
    };
    ticket.slaTimer = setTimeout(() => this.#breach(ticket), FIRST_RESPONSE_MS[priority]);
    this.#tickets.set(ticket.ref, ticket);
    return ticket;
  }

  get(ref: string): Ticket | undefined {
    return this.#tickets.get(ref);
  }

  list(state?: State): Ticket[] {
    return [...this.#tickets.values()].filter((t) => !state || t.state === state);
  }

  apply(ref: string, event: string, by: string, payload: Record<string, unknown> = {}) {
    const ticket = this.#tickets.get(ref);
    if (!ticket) throw new TransitionError(`no open ticket ${ref}`, 404);
    const next = TRANSITIONS[ticket.state][event];
    if (!next) throw new TransitionError(`cannot ${event} a ${ticket.state} ticket`);

    if (next === "merged") {
      const into = this.#tickets.get(String(payload.into));
      if (!into || into === ticket) throw new TransitionError(`cannot merge into ${payload.into}`);
      into.messages.push(...ticket.messages);
      into.transitions.push({ from: into.state, to: into.state, at: Date.now(), by });
    }
    ticket.transitions.push({ from: ticket.state, to: next, at: Date.now(), by });
    ticket.state = next;
    this.#enter(ticket, payload);
    return ticket;
  }

  #enter(ticket: Ticket, payload: Record<string, unknown>) {
    switch (ticket.state) {
      case "triaged":
        ticket.assignee = String(payload.assignee ?? ticket.assignee ?? "unassigned");
        break;
      case "resolved":
        clearTimeout(ticket.slaTimer);
        ticket.slaTimer = undefined;
        if (payload.note) {
          ticket.messages.push({
            from: ticket.assignee ?? "agent",
            body: String(payload.note),
            at: Date.now(),
          });
        }
        break;
      case "closed":
        this.#tickets.delete(ticket.ref);
        this.#closed++;
        break;
      case "merged":
        this.#tickets.delete(ticket.ref);
        break;
    }
  }

  #breach(ticket: Ticket) {
    ticket.breached = true;
    this.#breaches.push({ ref: ticket.ref, priority: ticket.priority, at: Date.now() });
    if (this.#breaches.length > 100) this.#breaches.shift();
  }

  stats() {
    const byState: Record<string, number> = {};
    for (const t of this.#tickets.values()) byState[t.state] = (byState[t.state] ?? 0) + 1;
    return {
      live: this.#tickets.size,
      byState,
      closed: this.#closed,
      breaches: this.#breaches.length,
    };
  }
}
