// In-process stand-in for the clinic's database: tables of rows behind a small async API that
// answers with copies (as a driver does) after a few milliseconds of latency.

const tables = {
  owners: new Map(),
  pets: new Map(),
  vets: new Map(),
  appointments: new Map(),
};
const byPet = new Map();
let roundTrips = 0;

const latency = () => new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 3));

export async function findByIds(table, ids) {
  roundTrips++;
  await latency();
  const rows = tables[table];
  return ids.map((id) => (rows.has(id) ? structuredClone(rows.get(id)) : null));
}

export async function appointmentsForPet(petId) {
  roundTrips++;
  await latency();
  return (byPet.get(petId) ?? []).map((id) => structuredClone(tables.appointments.get(id)));
}

export function stats() {
  return {
    roundTrips,
    rows: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.size])),
  };
}

// Seed data: 5 vets, 1500 owners with one pet each, two appointments per pet.
const surnames = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Kowalski", "Brennan", "Sato"];
const species = [["dog", "border collie"], ["cat", "british shorthair"], ["rabbit", "lop"]];
for (let v = 1; v <= 5; v++) {
  tables.vets.set(`VET-${v}`, { id: `VET-${v}`, name: `Dr ${surnames[v]}`, room: `R${v}` });
}
for (let n = 1; n <= 1500; n++) {
  const owner = `OWN-${n}`;
  const surname = surnames[n % surnames.length];
  tables.owners.set(owner, {
    id: owner,
    name: `Sam ${surname}`,
    email: `sam.${surname.toLowerCase()}${n}@example.net`,
    phone: `+44 7700 ${String(900000 + n).slice(-6)}`,
    address: { street: `${n} Mill Lane`, town: "Hebden Bridge", postcode: `HX7 ${n % 9}AB` },
    marketingOptIn: n % 3 === 0,
    registeredAt: `2021-0${(n % 9) + 1}-1${n % 10}`,
  });
  const [kind, breed] = species[n % species.length];
  tables.pets.set(`PET-${n}`, {
    id: `PET-${n}`,
    ownerId: owner,
    name: ["Biscuit", "Luna", "Pepper", "Milo"][n % 4],
    species: kind,
    breed,
    born: `20${10 + (n % 12)}-05-0${(n % 9) + 1}`,
    microchip: `9810${String(n).padStart(11, "0")}`,
  });
  const ids = [];
  for (let a = 1; a <= 2; a++) {
    const id = `APT-${n}-${a}`;
    tables.appointments.set(id, {
      id,
      petId: `PET-${n}`,
      vetId: `VET-${((n + a) % 5) + 1}`,
      at: `2025-11-${10 + a}T${String(a + 8).padStart(2, "0")}:30:00Z`,
      reason: a === 1 ? "annual vaccination" : "dental check",
      status: "booked",
    });
    ids.push(id);
  }
  byPet.set(`PET-${n}`, ids);
}

// Rows are kept the way the store hands them back (serialized once), not as built above.
for (const rows of Object.values(tables)) {
  for (const [id, row] of rows) rows.set(id, structuredClone(row));
}
