import { Model, ModelError, type Row } from "./vendor/tinymodel/mod.ts";

export class WholesaleOrder extends Model {
  static override table = "wholesale_orders";
}

export class Cafe extends Model {
  static override table = "cafes";
}

export const COFFEES: Record<string, { name: string; pricePerKgCents: number }> = {
  "HOUSE-ESP": { name: "House espresso (Brazil/Ethiopia)", pricePerKgCents: 2150 },
  "ETH-GUJI": { name: "Ethiopia Guji natural", pricePerKgCents: 3120 },
  "COL-DECAF": { name: "Colombia sugarcane decaf", pricePerKgCents: 2480 },
  "KEN-AA": { name: "Kenya Kirinyaga AA", pricePerKgCents: 3460 },
};

WholesaleOrder.addHook("beforeSave", (row) => {
  const lines = row.lines as { coffee: string; kg: number; grind?: string }[] | undefined;
  if (!Array.isArray(lines) || lines.length === 0) throw new ModelError("an order needs lines");
  let total = 0;
  for (const line of lines) {
    const coffee = COFFEES[line.coffee];
    if (!coffee) throw new ModelError(`unknown coffee ${line.coffee}`);
    if (!(line.kg > 0) || line.kg % 1 !== 0) throw new ModelError("coffee is sold by the kilo");
    total += coffee.pricePerKgCents * line.kg;
  }
  row.totalCents = total;
});

export const roastQueue = new Map<string, number>();

WholesaleOrder.addHook("afterSave", (row: Row) => {
  if (row.status !== "confirmed") return;
  for (const line of row.lines as { coffee: string; kg: number }[]) {
    roastQueue.set(line.coffee, (roastQueue.get(line.coffee) ?? 0) + line.kg);
  }
});

await Cafe.create({ id: "c-ostro", name: "Ostro Espresso Bar", city: "Bristol", terms: 14 });
await Cafe.create({ id: "c-little-fox", name: "Little Fox Coffee", city: "Bath", terms: 30 });
await Cafe.create({ id: "c-harbour", name: "Harbour Kitchen", city: "Bristol", terms: 14 });
