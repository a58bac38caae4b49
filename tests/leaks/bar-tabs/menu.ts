/** Tonight's prices, in euros as shown on the board behind the bar. */
export interface MenuItem {
  code: string;
  name: string;
  price: number;
}

const ITEMS: MenuItem[] = [
  { code: "pils", name: "Pils 25cl", price: 3.4 },
  { code: "ipa", name: "Kompaan IPA", price: 5.7 },
  { code: "radler", name: "Radler 0.0", price: 3.6 },
  { code: "wine", name: "Huiswijn wit", price: 4.9 },
  { code: "tonic", name: "Fever-Tree tonic", price: 3.1 },
  { code: "cola", name: "Cola", price: 2.8 },
  { code: "nachos", name: "Nachos met kaas", price: 8.6 },
  { code: "bitterballen", name: "Bitterballen (8)", price: 6.9 },
];

const byCode = new Map(ITEMS.map((item) => [item.code, item]));

export function menuItem(code: string): MenuItem | undefined {
  return byCode.get(code);
}
