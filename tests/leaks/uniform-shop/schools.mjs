/** Each school's uniform list, colours and rules; the shop is white-labelled per school. */
export const SCHOOLS = {
  "st-aidans": {
    name: "St Aidan's Primary",
    colours: { primary: "#1d3f8c", secondary: "#f2c230" },
    logoEmbroidery: true,
    maxPerItem: 6,
    items: {
      "SWT-CREW": {
        name: "Crew-neck sweatshirt, royal",
        sizes: ["3-4", "5-6", "7-8", "9-10", "11-12"],
        cents: 1450,
      },
      "POLO-WHT": {
        name: "Polo shirt, white",
        sizes: ["3-4", "5-6", "7-8", "9-10", "11-12"],
        cents: 650,
      },
      "BOOK-BAG": { name: "Book bag with logo", sizes: ["one"], cents: 800 },
    },
  },
  "harbour-high": {
    name: "Harbour High School",
    colours: { primary: "#0e5e4a", secondary: "#ffffff" },
    logoEmbroidery: true,
    maxPerItem: 4,
    items: {
      "BLZR": {
        name: "Blazer, bottle green",
        sizes: ["30", "32", "34", "36", "38", "40"],
        cents: 4200,
      },
      "TIE-Y7": { name: "House tie (Year 7)", sizes: ["one"], cents: 750 },
      "PE-TOP": { name: "PE top, reversible", sizes: ["S", "M", "L", "XL"], cents: 1800 },
    },
  },
  "meadow-lane": {
    name: "Meadow Lane Infants",
    colours: { primary: "#7b2d8e", secondary: "#e6e6e6" },
    logoEmbroidery: false,
    maxPerItem: 8,
    items: {
      "CARD": { name: "Cardigan, purple", sizes: ["3-4", "5-6", "7-8"], cents: 1300 },
      "PE-BAG": { name: "PE drawstring bag", sizes: ["one"], cents: 500 },
    },
  },
};
