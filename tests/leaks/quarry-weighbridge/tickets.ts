export interface Ticket {
  number: number;
  site: string;
  plate: string;
  haulier: string;
  product: string;
  gross: number;
  tare: number;
  net: number;
  issuedAt: string;
}

const KEEP = 40;
const issued: Ticket[] = [];
let nextNumber = 50001;

export function issueTicket(t: Omit<Ticket, "number" | "issuedAt" | "net">): Ticket {
  const ticket: Ticket = {
    ...t,
    number: nextNumber++,
    net: t.gross - t.tare,
    issuedAt: new Date().toISOString(),
  };
  issued.push(ticket);
  if (issued.length > KEEP) issued.splice(0, issued.length - KEEP);
  return ticket;
}

export function recentTickets(site: string, limit = 10): Ticket[] {
  return issued.filter((t) => t.site === site).slice(-limit).reverse();
}

export function lastTicketFor(site: string, plate: string): Ticket | undefined {
  return issued.findLast((t) => t.site === site && t.plate === plate);
}
