import { Tariff, type WeightBand } from "./tariff.ts";

export class SheetError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const bands = (...pairs: [number, number][]): WeightBand[] =>
  pairs.map(([upToKg, priceCents]) => ({ upToKg, priceCents }));

const tariffs = new Map<string, Tariff>([
  [
    "postnl-nl",
    new Tariff(
      "postnl-nl",
      "PostNL",
      "NL",
      "EUR",
      bands([2, 495], [5, 695], [10, 895], [23, 1395]),
      4,
    ),
  ],
  [
    "dhl-be",
    new Tariff("dhl-be", "DHL", "BE", "EUR", bands([2, 795], [5, 995], [10, 1295], [31, 1995]), 6),
  ],
  [
    "royalmail-uk",
    new Tariff(
      "royalmail-uk",
      "Royal Mail",
      "UK",
      "GBP",
      bands([1, 385], [2, 545], [10, 1195], [20, 1845]),
      0,
    ),
  ],
]);

export function getTariff(id: string): Tariff {
  const tariff = tariffs.get(id);
  if (!tariff) throw new SheetError(404, `no tariff ${id}`);
  return tariff;
}

export function listTariffs() {
  return [...tariffs.values()].map((t) => ({ id: t.id, carrier: t.carrier, revision: t.revision }));
}

export function reviseTariff(id: string, body: Record<string, unknown>) {
  const tariff = getTariff(id);
  const pct = body.fuelSurchargePct;
  if (pct !== undefined && (typeof pct !== "number" || pct < 0 || pct > 40)) {
    throw new SheetError(422, "fuelSurchargePct must be a number from 0 to 40");
  }
  tariff.revise({ fuelSurchargePct: pct as number | undefined });
  return tariff;
}

export function quote(id: string, weightKg: number) {
  const tariff = getTariff(id);
  const cents = tariff.priceFor(weightKg);
  if (cents === undefined) throw new SheetError(422, `${weightKg} kg is over the heaviest band`);
  return {
    tariff: tariff.id,
    revision: tariff.revision,
    weightKg,
    cents,
    currency: tariff.currency,
  };
}
