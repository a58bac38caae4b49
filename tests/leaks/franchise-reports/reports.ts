import { Database, Driver } from "./db.ts";
import { FRANCHISES, seed } from "./seed.ts";

const driver = new Driver();
seed(driver);
export const db = new Database(driver);

const SALE_ATTRIBUTES = {
  ticketId: { type: "string" },
  businessDate: { type: "string" },
  channel: { type: "string" },
  sku: { type: "string" },
  title: { type: "string" },
  quantity: { type: "integer" },
  netCents: { type: "integer" },
} as const;

export class NotFound extends Error {}

export function franchise(id: string) {
  const found = FRANCHISES.find((f) => f.id === id);
  if (!found) throw new NotFound(`unknown franchise ${id}`);
  return found;
}

/** Each franchise has its own schema in the warehouse; the table layout is the same. */
function salesModel(franchiseId: string) {
  return db.define("Sale", SALE_ATTRIBUTES, {
    schema: `franchise_${franchiseId.replace("-", "_")}`,
    tableName: "sales",
  });
}

export async function dailyReport(franchiseId: string, date: string) {
  const { name, currency } = franchise(franchiseId);
  const sales = await salesModel(franchiseId).findAll({ where: { businessDate: date } });
  const channels: Record<string, { tickets: Set<string>; netCents: number }> = {};
  for (const sale of sales) {
    const channel = (channels[sale.get<string>("channel")] ??= { tickets: new Set(), netCents: 0 });
    channel.tickets.add(sale.get("ticketId"));
    channel.netCents += sale.get<number>("netCents");
  }
  const netCents = Object.values(channels).reduce((n, c) => n + c.netCents, 0);
  const tickets = Object.values(channels).reduce((n, c) => n + c.tickets.size, 0);
  return {
    franchise: name,
    date,
    currency,
    netCents,
    tickets,
    averageBasketCents: tickets ? Math.round(netCents / tickets) : 0,
    channels: Object.entries(channels).map(([channel, c]) => ({
      channel,
      tickets: c.tickets.size,
      netCents: c.netCents,
    })),
  };
}

export async function topProducts(franchiseId: string, limit: number) {
  franchise(franchiseId);
  const totals = new Map<string, { sku: string; title: string; units: number; netCents: number }>();
  for (const sale of await salesModel(franchiseId).findAll()) {
    const sku = sale.get<string>("sku");
    const t = totals.get(sku) ?? { sku, title: sale.get<string>("title"), units: 0, netCents: 0 };
    t.units += sale.get<number>("quantity");
    t.netCents += sale.get<number>("netCents");
    totals.set(sku, t);
  }
  return [...totals.values()].sort((a, b) => b.netCents - a.netCents).slice(0, limit);
}
