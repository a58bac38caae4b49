import { dayLabel, daysAgo, startOfDay } from "./calendar.mjs";

const KEEP_DAYS = 35;

/** Revenue per local day for one zone: what the council's finance team reconciles against. */
export class DailyRollup {
  #days = new Map(); // local day → totals

  constructor(zone) {
    this.zone = zone;
  }

  record({ at, cents, method }) {
    const day = startOfDay(at);
    let totals = this.#days.get(day);
    if (!totals) {
      totals = { day, payments: 0, cents: 0, byMethod: { app: 0, card: 0, coins: 0 } };
      this.#days.set(day, totals);
    }
    totals.payments += 1;
    totals.cents += cents;
    totals.byMethod[method] = (totals.byMethod[method] ?? 0) + cents;
  }

  /** Totals for the last `n` days, newest first. */
  report(n = 7) {
    const since = daysAgo(n - 1);
    const byLabel = new Map();
    for (const totals of this.#days.values()) {
      if (totals.day < since) continue;
      const label = dayLabel(totals.day);
      const row = byLabel.get(label) ?? { day: label, payments: 0, cents: 0, byMethod: {} };
      row.payments += totals.payments;
      row.cents += totals.cents;
      for (const [method, cents] of Object.entries(totals.byMethod)) {
        row.byMethod[method] = (row.byMethod[method] ?? 0) + cents;
      }
      byLabel.set(label, row);
    }
    return [...byLabel.values()].sort((a, b) => b.day.localeCompare(a.day));
  }

  prune(now = new Date()) {
    const cutoff = daysAgo(KEEP_DAYS, now);
    for (const day of this.#days.keys()) if (day < cutoff) this.#days.delete(day);
  }
}
