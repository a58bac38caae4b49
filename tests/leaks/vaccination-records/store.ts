import type { Row, RowStore } from "./vendor/tinyctx/mod.ts";

/** The practice system's tables, as the clinical database would hand rows out: fresh copies. */
const tables = new Map<string, Map<string, Row>>();

function table(name: string): Map<string, Row> {
  let t = tables.get(name);
  if (!t) tables.set(name, t = new Map());
  return t;
}

export const store: RowStore = {
  read(name, id) {
    const stored = table(name).get(id);
    return stored ? structuredClone(stored) : undefined;
  },
  write(name, id, row) {
    table(name).set(id, row);
  },
};

const SURNAMES = ["Okafor", "Lindqvist", "Barker", "Nowak", "Haddad", "Pereira"];
const GIVEN = ["Ada", "Tomasz", "Mei", "Ruth", "Idris", "Carmen"];

function seedPatient(n: number): Row {
  const nhsNumber = `943 476 ${5910 + n}`;
  const born = 1948 + n * 7;
  return {
    id: nhsNumber,
    nhsNumber,
    name: { given: GIVEN[n % GIVEN.length], family: SURNAMES[n % SURNAMES.length] },
    dob: `${born}-0${(n % 9) + 1}-1${n % 10}`,
    sex: n % 2 ? "F" : "M",
    address: { line1: `${12 + n} Chapel Street`, town: "Hebden Bridge", postcode: `HX7 ${n}QP` },
    gp: { practice: "Calder Valley Medical Practice", code: "B86042", usualGp: "Dr N. Achebe" },
    flags: n % 3 === 0 ? ["housebound"] : [],
    doses: [
      { vaccine: "flu", season: "2029/30", product: "QIVc", batch: `FL${n}093`, site: "L deltoid" },
      { vaccine: "covid", season: "2029/30", product: "Comirnaty JN.1", batch: `CV${n}771` },
      { vaccine: "pneumococcal", season: "once", product: "PPV23", batch: `PN${n}20` },
      { vaccine: "shingles", season: "dose 1", product: "Shingrix", batch: `SH${n}18` },
    ],
    consent: { flu: "unknown", covid: "unknown", recordedBy: null, note: "" },
    updatedAt: "2030-01-04T09:12:00Z",
  };
}

for (let n = 0; n < 12; n++) {
  const p = seedPatient(n);
  table("patients").set(p.id, p);
}
