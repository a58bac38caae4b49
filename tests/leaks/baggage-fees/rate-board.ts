import { on } from "./events.ts";
import { currentRates, type FxRates } from "./fees.ts";

/** The rates shown on the fees page footer ("1 EUR = …"), refreshed from the FX feed. */
export class RateBoard {
  #shown: Record<string, string> = {};
  #asOf = "";
  #updates = 0;

  constructor(readonly currencies: string[]) {
    this.refresh(currentRates);
    this.#updates = 0;
  }

  @on("fx.updated")
  refresh(rates: FxRates) {
    this.#updates++;
    this.#asOf = rates.asOf;
    this.#shown = Object.fromEntries(
      this.currencies.filter((c) => c in rates.rates).map((c) => [c, rates.rates[c].toFixed(4)]),
    );
  }

  snapshot() {
    return { base: "EUR", asOf: this.#asOf, rates: this.#shown, updates: this.#updates };
  }
}
