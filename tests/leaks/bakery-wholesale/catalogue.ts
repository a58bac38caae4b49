/** Wholesale catalogue (cents per piece) and the café accounts we deliver to. */

export const PRODUCTS: Record<string, { name: string; cents: number; ovenMinutes: number }> = {
  "croissant": { name: "Croissant (roomboter)", cents: 68, ovenMinutes: 18 },
  "pain-choc": { name: "Pain au chocolat", cents: 79, ovenMinutes: 18 },
  "desem-wit": { name: "Desembrood wit 800 g", cents: 295, ovenMinutes: 42 },
  "spelt": { name: "Speltbrood 600 g", cents: 325, ovenMinutes: 38 },
  "kaneelbol": { name: "Kaneelbol", cents: 115, ovenMinutes: 22 },
  "focaccia": { name: "Focaccia rozemarijn (plaat)", cents: 1450, ovenMinutes: 25 },
};

export const CAFES: Record<string, { name: string; route: string; terms: number }> = {
  "cafe-noord": { name: "Koffiebar Noord", route: "A", terms: 14 },
  "de-stek": { name: "Lunchroom De Stek", route: "A", terms: 30 },
  "bakkerij-oost": { name: "Espressobar Oost", route: "B", terms: 14 },
  "het-paviljoen": { name: "Strandpaviljoen Zuid", route: "C", terms: 30 },
};
