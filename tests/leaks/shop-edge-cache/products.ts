export interface Product {
  slug: string;
  name: Record<string, string>;
  description: Record<string, string>;
  priceCents: number;
  images: string[];
  specs: Record<string, string>;
}

export const PRODUCTS = new Map<string, Product>([
  ["espresso-machine-ec685", {
    slug: "espresso-machine-ec685",
    name: { en: "Dedica espresso machine EC685", nl: "Dedica espressomachine EC685" },
    description: {
      en: "Slim 15-bar pump espresso machine with a manual milk frother and a 1.1 l water tank.",
      nl:
        "Smalle espressomachine met 15 bar pomp, handmatige melkopschuimer en 1,1 l waterreservoir.",
    },
    priceCents: 22_900,
    images: ["ec685-front.jpg", "ec685-side.jpg", "ec685-frother.jpg"],
    specs: { pressure: "15 bar", tank: "1.1 l", width: "15 cm", power: "1300 W" },
  }],
  ["burr-grinder-cg200", {
    slug: "burr-grinder-cg200",
    name: { en: "Conical burr grinder CG200", nl: "Koffiemolen met conische maalschijven CG200" },
    description: {
      en: "Conical steel burrs with 40 grind settings, from espresso to cold brew.",
      nl: "Conische stalen maalschijven met 40 maalstanden, van espresso tot cold brew.",
    },
    priceCents: 12_950,
    images: ["cg200-front.jpg", "cg200-hopper.jpg"],
    specs: { burrs: "conical steel", settings: "40", hopper: "250 g", power: "150 W" },
  }],
]);
