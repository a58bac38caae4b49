// A snapshot of the bike shop's product table, as the nightly export loads it.

const CATEGORIES = {
  "city-bikes": ["Amsterdam Classic", "Utrecht Step-Through", "Gouda Transport", "Delft Commuter"],
  "e-bikes": ["Veluwe E-Trekking", "Zuidas E-City", "Polder E-Cargo"],
  "kids-bikes": ["Pim 16", "Saar 20", "Bram 24"],
  locks: ["U-Lock 180", "Chain Lock 110", "Frame Lock Ring"],
  lights: ["Dynamo Front 40 lux", "Battery Rear Light", "Helmet Light"],
};

const COLOURS = ["black", "dark green", "sand", "navy", "white"];

function buildProducts() {
  const rows = [];
  let n = 1000;
  for (const [category, names] of Object.entries(CATEGORIES)) {
    for (const [i, name] of names.entries()) {
      for (const [c, colour] of COLOURS.entries()) {
        n++;
        rows.push({
          sku: `${category.slice(0, 2).toUpperCase()}-${n}`,
          name: `${name} (${colour})`,
          category,
          colour,
          priceCents: 2_995 + ((i * 7 + c * 3) % 11) * 4_500 +
            (category.startsWith("e-") ? 150_000 : 0),
          stock: (n * 13) % 9,
          popularity: (n * 37) % 101,
          status: n % 17 === 0 ? "draft" : "listed",
          ageRestricted: false,
          addedAt: `2024-0${1 + (n % 6)}-1${n % 9}`,
        });
      }
    }
  }
  return rows;
}

export const products = buildProducts();
