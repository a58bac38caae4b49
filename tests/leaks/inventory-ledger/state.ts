export interface Movement {
  sku: string;
  delta: number;
  reason: "order" | "restock" | "correction" | "return";
  reference: string;
  balance: number;
  at: number;
}

export const app = {
  startedAt: Date.now(),
  config: {
    warehouse: "AMS-1",
    lowStockThreshold: 5,
  },
  state: {
    stock: new Map<string, number>(),
    ledger: {
      movements: [] as Movement[],
      lastMovementAt: 0,
    },
  },
};

// Catalogue of the warehouse: SKU-1000 … SKU-1039.
for (let n = 0; n < 40; n++) app.state.stock.set(`SKU-${1000 + n}`, 50);
