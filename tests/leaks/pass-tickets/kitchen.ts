import { EventEmitter } from "eventemitter3";

export const STATIONS = ["grill", "fry", "cold", "pastry"] as const;
export type Station = typeof STATIONS[number];

export interface Ticket {
  id: string;
  table: number;
  station: Station;
  items: { dish: string; qty: number; mods: string[] }[];
  firedAt: number;
  readyAt?: number;
  status: "cooking" | "ready";
}

/** The pass: stations bump tickets here when the plates are up, servers listen for them. */
export const pass = new EventEmitter<{ ready: [ticket: Ticket]; collected: [ticket: Ticket] }>();

/** Tickets on the line or waiting at the pass, until a server collects them. */
export const tickets = new Map<string, Ticket>();

export const counts = { fired: 0, bumped: 0, collected: 0 };

export function fire(id: string, table: number, station: Station, items: Ticket["items"]): Ticket {
  const ticket: Ticket = { id, table, station, items, firedAt: Date.now(), status: "cooking" };
  tickets.set(id, ticket);
  counts.fired++;
  return ticket;
}

export function bump(id: string): Ticket | undefined {
  const ticket = tickets.get(id);
  if (!ticket || ticket.status === "ready") return ticket;
  ticket.status = "ready";
  ticket.readyAt = Date.now();
  counts.bumped++;
  pass.emit("ready", ticket);
  return ticket;
}

export function collect(id: string): Ticket | undefined {
  const ticket = tickets.get(id);
  if (!ticket || ticket.status !== "ready") return undefined;
  tickets.delete(id);
  counts.collected++;
  pass.emit("collected", ticket);
  return ticket;
}

/**
 * Resolves with the ticket when its station bumps it, or with null after `ms` (the order
 * endpoint answers 202 then, and the floor app polls).
 */
export function waitForReady(id: string, ms: number): Promise<Ticket | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    const onReady = (ticket: Ticket) => {
      if (ticket.id !== id) return;
      clearTimeout(timer);
      resolve(ticket);
    };
    pass.on("ready", onReady);
  });
}
