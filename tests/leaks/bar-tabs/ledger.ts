import type { MenuItem } from "./menu.ts";

export interface TabLine {
  code: string;
  name: string;
  qty: number;
  price: number;
  round: number;
  pouredBy: string;
}

export interface Payment {
  amount: number;
  method: "card" | "cash" | "tikkie";
  payer: string;
  cardLast4?: string;
  at: string;
}

export interface Tab {
  id: string;
  table: string;
  openedBy: string;
  openedAt: string;
  rounds: number;
  lines: TabLine[];
  payments: Payment[];
  outstanding: number;
}

/** Open tabs by id, and the last few settled ones for the closing report. */
export function createTabLedger() {
  const openTabs = new Map<string, Tab>();
  const settled: { id: string; table: string; total: number; payers: number }[] = [];
  let settledTotal = 0;

  function settle(tab: Tab) {
    openTabs.delete(tab.id);
    const total = tab.payments.reduce((sum, p) => sum + p.amount, 0);
    settledTotal += total;
    settled.push({ id: tab.id, table: tab.table, total, payers: tab.payments.length });
    if (settled.length > 25) settled.shift();
  }

  return {
    open(id: string, table: string, openedBy: string): Tab {
      const tab: Tab = {
        id,
        table,
        openedBy,
        openedAt: new Date().toISOString(),
        rounds: 0,
        lines: [],
        payments: [],
        outstanding: 0,
      };
      openTabs.set(id, tab);
      return tab;
    },

    find(id: string): Tab | undefined {
      return openTabs.get(id);
    },

    addRound(tab: Tab, items: { item: MenuItem; qty: number }[], pouredBy: string) {
      tab.rounds++;
      for (const { item, qty } of items) {
        tab.lines.push({ ...item, qty, round: tab.rounds, pouredBy });
        tab.outstanding += item.price * qty;
      }
    },

    /** Books a payment; the tab is settled once nothing is outstanding. */
    pay(tab: Tab, payment: Payment): boolean {
      if (payment.amount > tab.outstanding) throw new RangeError("more than the tab's outstanding");
      tab.payments.push(payment);
      tab.outstanding -= payment.amount;
      if (tab.outstanding <= 0) {
        settle(tab);
        return true;
      }
      return false;
    },

    report() {
      return { open: openTabs.size, settled: settled.slice(-5), settledTotal };
    },
  };
}
