// The shop's tables, in memory for this service (the real ones are in Postgres). Delivered
// orders move to the delivery log and out of `orders`.

export interface Customer {
  id: string;
  name: string;
  email: string;
  plan: "weekly" | "fortnightly";
  deliveryDay: string;
  address: { line1: string; town: string; postcode: string };
}

export interface Product {
  sku: string;
  name: string;
  kind: "box" | "extra";
  size?: string;
  price: number;
}

export interface OrderExtra {
  sku: string;
  qty: number;
}

export interface Order {
  id: string;
  customerId: string;
  boxSku: string;
  extras: OrderExtra[];
  deliveryDate: string;
  notes: string;
  status: "placed" | "packed" | "delivered";
  placedAt: string;
}

export const customers = new Map<string, Customer>([
  ["C-1042", {
    id: "C-1042",
    name: "Ffion Pritchard",
    email: "ffion.pritchard@example.co.uk",
    plan: "weekly",
    deliveryDay: "Thursday",
    address: { line1: "Tŷ Coch, Heol y Felin", town: "Llandeilo", postcode: "SA19 6AB" },
  }],
  ["C-2210", {
    id: "C-2210",
    name: "Tom Hargreaves",
    email: "t.hargreaves@example.co.uk",
    plan: "fortnightly",
    deliveryDay: "Friday",
    address: { line1: "3 Mill Cottages", town: "Ludlow", postcode: "SY8 1BB" },
  }],
]);

export const products = new Map<string, Product>(
  ([
    { sku: "small-veg", name: "Small Veg Box", kind: "box", size: "S", price: 1450 },
    { sku: "medium-veg", name: "Medium Veg Box", kind: "box", size: "M", price: 1950 },
    { sku: "fruit-veg", name: "Fruit & Veg Box", kind: "box", size: "L", price: 2450 },
    { sku: "eggs-6", name: "Free-range Eggs (6)", kind: "extra", price: 260 },
    { sku: "sourdough", name: "Spelt Sourdough", kind: "extra", price: 420 },
    { sku: "milk-1l", name: "Whole Milk 1L", kind: "extra", price: 135 },
  ] as Product[]).map((p) => [p.sku, p]),
);

export const orders = new Map<string, Order>();
export const deliveryLog: { id: string; customerId: string; deliveredAt: string }[] = [];

export async function ordersByIds(ids: readonly string[]): Promise<(Order | Error)[]> {
  await new Promise((r) => setTimeout(r, 1)); // a query away
  return ids.map((id) => orders.get(id) ?? new Error(`no order ${id}`));
}

export async function customersByIds(ids: readonly string[]): Promise<(Customer | Error)[]> {
  await new Promise((r) => setTimeout(r, 1));
  return ids.map((id) => customers.get(id) ?? new Error(`no customer ${id}`));
}

export async function productsBySku(skus: readonly string[]): Promise<(Product | Error)[]> {
  await new Promise((r) => setTimeout(r, 1));
  return skus.map((sku) => products.get(sku) ?? new Error(`no product ${sku}`));
}
