import { on } from "./events.ts";
import { type BagRule, currentRates, type FxRates, type RouteGroup, RULES } from "./fees.ts";

export interface Bag {
  kg: number;
  kind?: "suitcase" | "golf" | "ski" | "bike";
}

export interface FeeLine {
  bag: number;
  description: string;
  cents: number;
}

const SPORTS_CENTS = { golf: 4500, ski: 4500, bike: 6000 } as const;

/**
 * A baggage fee quote for one passenger on one flight, shown in the passenger's currency. The
 * checkout page keeps it open while the passenger decides, and the display amount follows the
 * FX feed.
 */
export class FeeQuote {
  readonly lines: FeeLine[] = [];
  displayCurrency: string;
  displayRate: number;
  ratesAsOf: string;

  constructor(
    readonly id: string,
    readonly flight: string,
    readonly group: RouteGroup,
    readonly bags: Bag[],
    currency: string,
  ) {
    this.displayCurrency = currency in currentRates.rates ? currency : "EUR";
    this.displayRate = currentRates.rates[this.displayCurrency];
    this.ratesAsOf = currentRates.asOf;
    this.price(RULES[group]);
  }

  private price(rule: BagRule) {
    this.bags.forEach((bag, i) => {
      if (bag.kind && bag.kind !== "suitcase") {
        this.lines.push({
          bag: i + 1,
          description: `${bag.kind} equipment`,
          cents: SPORTS_CENTS[bag.kind],
        });
        return;
      }
      const base = i === 0 ? rule.firstBagCents : rule.extraBagCents;
      this.lines.push({ bag: i + 1, description: `checked bag ${i + 1}`, cents: base });
      const over = Math.max(0, Math.ceil(bag.kg) - Math.max(rule.includedKg, 23));
      if (over > 0) {
        this.lines.push({
          bag: i + 1,
          description: `overweight ${over} kg`,
          cents: over * rule.overweightPerKgCents,
        });
      }
    });
  }

  totalCents(): number {
    return this.lines.reduce((sum, l) => sum + l.cents, 0);
  }

  @on("fx.updated")
  followRates(rates: FxRates) {
    this.displayRate = rates.rates[this.displayCurrency] ?? this.displayRate;
    this.ratesAsOf = rates.asOf;
  }

  toJSON() {
    const total = this.totalCents();
    return {
      id: this.id,
      flight: this.flight,
      group: this.group,
      lines: this.lines,
      totalEurCents: total,
      display: {
        currency: this.displayCurrency,
        amount: Math.round(total * this.displayRate) / 100,
        ratesAsOf: this.ratesAsOf,
      },
    };
  }
}

export function oversize(rule: BagRule, bags: Bag[]): Bag | undefined {
  return bags.find((b) => b.kg > rule.maxKg);
}
