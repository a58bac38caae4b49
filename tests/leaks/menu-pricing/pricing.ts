import { currentSettings, events, MENU, type Settings } from "./settings.ts";

export interface PricedLine {
  item: string;
  name: string;
  quantity: number;
  unitCents: number;
  totalCents: number;
}

/**
 * Prices one table's menu or order. A reload while pricing (the manager switching the happy
 * hour on) must not leave the order on stale figures, so the context follows reloads.
 */
export class PricingContext {
  settings: Settings;
  lines: PricedLine[] = [];
  readonly openedAt = new Date();

  constructor(readonly table: string, readonly wanted: { item: string; quantity: number }[]) {
    this.settings = currentSettings();
    events.on("settings:reload", this.onReload);
    this.reprice();
  }

  onReload = (next: Settings) => {
    this.settings = next;
    this.reprice();
  };

  unitPrice(item: string): number {
    const entry = MENU[item];
    const hh = this.settings.happyHour;
    const hour = this.openedAt.getHours();
    const discount = entry.drink && hh && hour >= hh.from && hour < hh.to ? hh.discount : 0;
    return Math.round(entry.priceCents * (1 - discount));
  }

  reprice(): void {
    this.lines = this.wanted.filter((w) => MENU[w.item]).map((w) => {
      const unitCents = this.unitPrice(w.item);
      return {
        item: w.item,
        name: MENU[w.item].name,
        quantity: w.quantity,
        unitCents,
        totalCents: unitCents * w.quantity,
      };
    });
  }

  totals() {
    const net = this.lines.reduce((sum, l) => sum + l.totalCents, 0);
    const service = Math.round(net * this.settings.serviceCharge);
    const vat = Math.round((net + service) * this.settings.vatRate);
    return {
      table: this.table,
      currency: this.settings.currency,
      settingsVersion: this.settings.version,
      lines: this.lines,
      netCents: net,
      serviceCents: service,
      vatCents: vat,
      totalCents: net + service + vat,
    };
  }
}
