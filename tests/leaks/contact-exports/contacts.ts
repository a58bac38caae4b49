export interface Contact {
  id: string;
  name: string;
  email: string;
  company: string;
  country: string;
  segments: string[];
  updatedAt: string;
}

const FIRST = ["Eva", "Noah", "Sofia", "Lucas", "Mila", "Daan", "Zoë", "Sem", "Julia", "Finn"];
const LAST = ["Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer"];
const COMPANIES = ["Rabo Facilities", "Hollandse Koffie", "Delta Print", "Zuid Logistiek"];
const SEGMENTS = ["newsletter", "customers", "trial", "events"];

export const contacts: Contact[] = Array.from({ length: 120 }, (_, n) => {
  const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
  return {
    id: `c-${1000 + n}`,
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}${n}@example.nl`,
    company: COMPANIES[n % COMPANIES.length],
    country: n % 5 === 0 ? "BE" : "NL",
    segments: SEGMENTS.filter((_, s) => (n + s) % 3 !== 0),
    updatedAt: new Date(Date.UTC(2024, 4, 1 + (n % 28))).toISOString(),
  };
});

export function inSegment(segment: string): Contact[] {
  return contacts.filter((c) => c.segments.includes(segment));
}
