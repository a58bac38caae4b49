export interface WeightBand {
  upToKg: number;
  priceCents: number;
}

export interface TariffJson {
  id: string;
  carrier: string;
  zone: string;
  currency: string;
  revision: number;
  validFrom: string;
  fuelSurchargePct: number;
  bands: { upToKg: number; price: string; withSurcharge: string; label: string }[];
}

const money = new Map<string, Intl.NumberFormat>();

function format(cents: number, currency: string): string {
  let formatter = money.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-GB", { style: "currency", currency });
    money.set(currency, formatter);
  }
  return formatter.format(cents / 100);
}

/**
 * A carrier's price sheet for one zone. Sheets are large and read far more
 * often than they change, so the serialized form is kept per revision.
 */
export class Tariff {
  static readonly serialized = new Map<string, TariffJson>();

  revision = 1;
  validFrom = new Date().toISOString();

  constructor(
    readonly id: string,
    readonly carrier: string,
    readonly zone: string,
    readonly currency: string,
    public bands: WeightBand[],
    public fuelSurchargePct: number,
  ) {}

  /** Applies a price change: a new revision, valid from now. */
  revise(change: { fuelSurchargePct?: number; bands?: WeightBand[] }) {
    if (change.fuelSurchargePct !== undefined) this.fuelSurchargePct = change.fuelSurchargePct;
    if (change.bands) this.bands = [...change.bands].sort((a, b) => a.upToKg - b.upToKg);
    this.revision++;
    this.validFrom = new Date().toISOString();
  }

  priceFor(weightKg: number): number | undefined {
    const band = this.bands.find((b) => weightKg <= b.upToKg);
    return band && Math.round(band.priceCents * (1 + this.fuelSurchargePct / 100));
  }

  toJSON(): TariffJson {
    const key = `${this.id}@${this.revision}`;
    let json = Tariff.serialized.get(key);
    if (!json) {
      let from = 0;
      json = {
        id: this.id,
        carrier: this.carrier,
        zone: this.zone,
        currency: this.currency,
        revision: this.revision,
        validFrom: this.validFrom,
        fuelSurchargePct: this.fuelSurchargePct,
        bands: this.bands.map((b) => {
          const label = `${from}–${b.upToKg} kg`;
          from = b.upToKg;
          return {
            upToKg: b.upToKg,
            price: format(b.priceCents, this.currency),
            withSurcharge: format(
              Math.round(b.priceCents * (1 + this.fuelSurchargePct / 100)),
              this.currency,
            ),
            label,
          };
        }),
      };
      Tariff.serialized.set(key, json);
    }
    return json;
  }
}
