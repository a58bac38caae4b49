import { memoize } from "./vendor/memo/mod.ts";
import type { Wedding } from "./weddings.ts";

const SEATS_PER_TABLE = 8;

interface Table {
  number: number;
  seats: { name: string; party: string; meal: string; dietary: string }[];
  dietaryNotes: string[];
}

function buildPlan(w: Wedding) {
  const parties = [...w.invites.values()]
    .filter((i) => i.response === "attending")
    .sort((a, b) => a.side.localeCompare(b.side) || b.guests.length - a.guests.length);

  const tables: Table[] = [];
  for (const party of parties) {
    // Keep a party together: first table with room for all of them.
    let table = tables.find((t) => SEATS_PER_TABLE - t.seats.length >= party.guests.length);
    if (!table) {
      table = { number: tables.length + 1, seats: [], dietaryNotes: [] };
      tables.push(table);
    }
    for (const g of party.guests) {
      table.seats.push({
        name: g.name,
        party: party.party,
        meal: g.meal ?? "not chosen",
        dietary: g.dietary,
      });
      if (g.dietary) table.dietaryNotes.push(`${g.name}: ${g.dietary}`);
    }
  }
  return {
    wedding: w.id,
    version: w.version,
    generatedAt: new Date().toISOString(),
    guests: tables.reduce((n, t) => n + t.seats.length, 0),
    tables,
  };
}

/** Seating plans are rebuilt only when the RSVPs changed (the wedding's version). */
export const seatingPlan = memoize(buildPlan, {
  ttlMs: 60_000,
  key: (w) => `${w.id}@${w.version}`,
});
