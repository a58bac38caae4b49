/** Drafts a conveyance deed from the parcel and the parties on file for a matter. */

export interface Party {
  role: "seller" | "buyer";
  name: string;
  born: string;
  address: string;
}

export interface Clause {
  number: number;
  title: string;
  text: string;
}

export interface Draft {
  parcel: { cadastral: string; municipality: string; areaM2: number };
  priceCents: number;
  parties: Party[];
  clauses: Clause[];
}

const PARCELS = [
  { municipality: "Haarlem", section: "K", areaM2: 142 },
  { municipality: "Leiden", section: "F", areaM2: 96 },
  { municipality: "Utrecht", section: "C", areaM2: 210 },
];

const EUR = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const euros = (cents: number) => EUR.format(cents / 100);

export function draftDeed(matter: string): Draft {
  const n = [...matter].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  const base = PARCELS[n % PARCELS.length];
  const parcel = {
    cadastral: `${base.municipality.toUpperCase()} ${base.section} ${1000 + (n % 8999)}`,
    municipality: base.municipality,
    areaM2: base.areaM2,
  };
  const priceCents = (385_000 + (n % 97) * 1_000) * 100;
  const parties: Party[] = [
    {
      role: "seller",
      name: "Hendrika Maria de Groot",
      born: "1961-04-12",
      address: "Kleine Houtstraat 12",
    },
    { role: "buyer", name: "Joris van Dam", born: "1990-09-30", address: "Zijlweg 88" },
  ];
  const clauses: Clause[] = [
    `The seller transfers to the buyer the dwelling with garden at ${base.municipality}, known in the land registry as ${parcel.cadastral}, measuring ${parcel.areaM2} m², under matter ${matter}.`,
    `The purchase price is ${
      euros(priceCents)
    }, paid into the third-party account of the notary before the signing of this deed.`,
    `The property is transferred free of mortgages, attachments and registrations, with the exception of the easements described in the title deed of ${base.municipality}.`,
    `Risk passes to the buyer from the moment of signing; the keys are handed over on the same day at the office of the notary.`,
    `The buyer declares to have inspected the property and accepts the condition of the roof and the foundation as described in the structural survey of matter ${matter}.`,
  ].map((text, i) => ({
    number: i + 1,
    title: ["Transfer", "Price", "Encumbrances", "Risk", "Condition"][i],
    text,
  }));
  return { parcel, priceCents, parties, clauses };
}
