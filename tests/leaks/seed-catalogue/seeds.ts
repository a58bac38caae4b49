import { Catalogue, type Variety } from "./catalogue.ts";

// [name, latin, category, sow from month, sow to month, days to harvest]
const LIST: [string, string, string, number, number, number][] = [
  ["Moneymaker", "Solanum lycopersicum", "tomato", 2, 4, 75],
  ["Gardener's Delight", "Solanum lycopersicum", "tomato", 2, 4, 65],
  ["San Marzano", "Solanum lycopersicum", "tomato", 2, 4, 80],
  ["Black Krim", "Solanum lycopersicum", "tomato", 3, 4, 80],
  ["Sungold F1", "Solanum lycopersicum", "tomato", 2, 4, 60],
  ["Marketmore", "Cucumis sativus", "cucumber", 4, 6, 60],
  ["Bush Champion", "Cucumis sativus", "cucumber", 4, 6, 55],
  ["Nantes 2", "Daucus carota", "carrot", 3, 7, 70],
  ["Chantenay Red Cored", "Daucus carota", "carrot", 3, 6, 75],
  ["Paris Market", "Daucus carota", "carrot", 3, 7, 60],
  ["Little Gem", "Lactuca sativa", "lettuce", 3, 8, 50],
  ["Lollo Rossa", "Lactuca sativa", "lettuce", 3, 8, 55],
  ["Butterhead Tom Thumb", "Lactuca sativa", "lettuce", 3, 8, 45],
  ["Kelvedon Wonder", "Pisum sativum", "pea", 3, 6, 70],
  ["Hurst Green Shaft", "Pisum sativum", "pea", 3, 6, 75],
  ["Blue Lake", "Phaseolus vulgaris", "bean", 5, 7, 60],
  ["Borlotto Lingua di Fuoco", "Phaseolus vulgaris", "bean", 5, 6, 80],
  ["Scarlet Emperor", "Phaseolus coccineus", "bean", 5, 6, 90],
  ["Genovese", "Ocimum basilicum", "herb", 3, 6, 40],
  ["Flat Leaf Italian", "Petroselinum crispum", "herb", 3, 7, 70],
  ["Bouquet", "Anethum graveolens", "herb", 4, 7, 45],
  ["Detroit 2", "Beta vulgaris", "beetroot", 4, 7, 60],
  ["Chioggia", "Beta vulgaris", "beetroot", 4, 7, 60],
  ["French Breakfast", "Raphanus sativus", "radish", 3, 9, 28],
  ["Cherry Belle", "Raphanus sativus", "radish", 3, 9, 25],
  ["Atlantic Giant", "Cucurbita maxima", "squash", 4, 5, 120],
  ["Butternut Waltham", "Cucurbita moschata", "squash", 4, 5, 110],
  ["Black Beauty", "Solanum melongena", "aubergine", 2, 3, 100],
  ["California Wonder", "Capsicum annuum", "pepper", 2, 3, 90],
  ["Padron", "Capsicum annuum", "pepper", 2, 3, 70],
  ["Giant Winter", "Spinacia oleracea", "spinach", 8, 9, 45],
  ["Bright Lights", "Beta vulgaris cicla", "chard", 4, 8, 55],
  ["Musselburgh", "Allium porrum", "leek", 2, 4, 150],
  ["Bedfordshire Champion", "Allium cepa", "onion", 2, 4, 140],
  ["Sunflower Giant Single", "Helianthus annuus", "flower", 4, 5, 90],
  ["Cosmos Sensation", "Cosmos bipinnatus", "flower", 4, 5, 80],
];

export const catalogue = new Catalogue(
  LIST.map(([name, latin, category, sowFrom, sowTo, daysToHarvest], n): Variety => ({
    sku: `${category.slice(0, 3).toUpperCase()}-${String(n + 1).padStart(3, "0")}`,
    name,
    latin,
    category,
    sowFrom,
    sowTo,
    daysToHarvest,
    seedsPerPacket: 20 + (n % 5) * 20,
    priceCents: 245 + (n % 6) * 50,
    stock: 100 + n * 7,
    organic: n % 3 === 0,
  })),
);

const MONTHS = [
  "",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const csvField = (s: string | number | boolean) => {
  const text = String(s);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function csvRow(v: Variety): string {
  return [
    v.sku,
    v.name,
    v.latin,
    v.category,
    `${MONTHS[v.sowFrom]}-${MONTHS[v.sowTo]}`,
    v.daysToHarvest,
    v.seedsPerPacket,
    (v.priceCents / 100).toFixed(2),
    v.stock,
    v.organic ? "yes" : "no",
  ].map(csvField).join(",");
}
