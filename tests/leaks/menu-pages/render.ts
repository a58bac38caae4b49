export interface Dish {
  name: Record<string, string>;
  price: number;
  allergens: string[];
  vegetarian: boolean;
}

const DISHES: Dish[] = [
  {
    name: { en: "Pea soup", nl: "Erwtensoep" },
    price: 750,
    allergens: ["celery"],
    vegetarian: false,
  },
  {
    name: { en: "Cheese croquettes", nl: "Kaaskroketten" },
    price: 950,
    allergens: ["gluten", "milk", "egg"],
    vegetarian: true,
  },
  {
    name: { en: "Mussels, fries", nl: "Mosselen, friet" },
    price: 2250,
    allergens: ["molluscs", "celery"],
    vegetarian: false,
  },
  {
    name: { en: "Beetroot salad", nl: "Bietensalade" },
    price: 1150,
    allergens: ["nuts"],
    vegetarian: true,
  },
  {
    name: { en: "Apple pie, cream", nl: "Appeltaart met slagroom" },
    price: 650,
    allergens: ["gluten", "milk", "egg"],
    vegetarian: true,
  },
];

const LABELS: Record<string, Record<string, string>> = {
  en: { title: "Menu", veg: "vegetarian", allergens: "Contains" },
  nl: { title: "Menukaart", veg: "vegetarisch", allergens: "Bevat" },
};

export const LANGS = Object.keys(LABELS);

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);

function euros(cents: number, lang: string) {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    style: "currency",
    currency: "EUR",
  })
    .format(cents / 100);
}

/** The venue's menu page: the same for everyone until the kitchen changes the menu. */
export function renderMenu(venue: string, lang: string, vegOnly: boolean): string {
  const l = LABELS[lang];
  const title = venue.replace(/-/g, " ").replace(/\b\w/g, (ch) => ch.toUpperCase());
  const rows = DISHES.filter((d) => !vegOnly || d.vegetarian).map((d) =>
    `<li><span class="dish">${escape(d.name[lang])}</span>` +
    (d.vegetarian ? ` <em>(${l.veg})</em>` : "") +
    ` <span class="price">${euros(d.price, lang)}</span>` +
    (d.allergens.length ? `<small>${l.allergens}: ${d.allergens.join(", ")}</small>` : "") +
    `</li>`
  );
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${
    escape(title)
  } — ${l.title}</title></head>` +
    `<body><h1>${escape(title)}</h1><ul>${rows.join("")}</ul></body></html>`;
}
