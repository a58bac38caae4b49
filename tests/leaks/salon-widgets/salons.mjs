/** Salons on the platform, as the account service syncs them in at start-up. */
const SALONS = [
  {
    slug: "studio-noor",
    name: "Studio Noor",
    city: "Haarlem",
    chairs: 4,
    opens: 9,
    closes: 18,
    services: { "cut-and-blow-dry": 45, "cut-and-colour": 120, beard: 20, balayage: 180 },
  },
  {
    slug: "kapsalon-de-kam",
    name: "Kapsalon De Kam",
    city: "Leiden",
    chairs: 2,
    opens: 8,
    closes: 17,
    services: { "cut-and-blow-dry": 40, "kids-cut": 25, perm: 90 },
  },
  {
    slug: "barber-bros-oost",
    name: "Barber Bros Oost",
    city: "Amsterdam",
    chairs: 6,
    opens: 10,
    closes: 20,
    services: { "skin-fade": 35, beard: 20, "hot-towel-shave": 30 },
  },
];

const bySlug = new Map(SALONS.map((s) => [s.slug, s]));

export function findSalon(slug) {
  return bySlug.get(slug);
}
