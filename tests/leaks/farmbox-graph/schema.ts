import { DataLoader } from "./vendor/dataloader.ts";
import type { Schema } from "./graph/execute.ts";
import {
  type Customer,
  customersByIds,
  type Order,
  orders,
  ordersByIds,
  type Product,
  productsBySku,
} from "./db.ts";

export interface Viewer {
  id: string;
  role: "customer" | "staff" | "system";
}

export interface Context {
  viewer: Viewer;
  loaders: {
    orders: DataLoader<string, Order>;
    customers: DataLoader<string, Customer>;
    products: DataLoader<string, Product>;
  };
}

/** A context per execution: the viewer and loaders that batch (and cache) within it. */
export function createContext(viewer: Viewer): Context {
  return {
    viewer,
    loaders: {
      orders: new DataLoader(ordersByIds),
      customers: new DataLoader(customersByIds),
      products: new DataLoader(productsBySku),
    },
  };
}

class ForbiddenError extends Error {}

function assertCanSee(viewer: Viewer, customerId: string) {
  if (viewer.role === "customer" && viewer.id !== customerId) {
    throw new ForbiddenError("not your order");
  }
}

export const schema: Schema<Context> = {
  Query: {
    async order(_, { id }, ctx) {
      const order = await ctx.loaders.orders.load(String(id));
      assertCanSee(ctx.viewer, order.customerId);
      return { __typename: "Order", ...order };
    },
    async customer(_, { id }, ctx) {
      assertCanSee(ctx.viewer, String(id));
      return { __typename: "Customer", ...(await ctx.loaders.customers.load(String(id))) };
    },
    async products(_, { kind }, ctx) {
      const skus = ["small-veg", "medium-veg", "fruit-veg", "eggs-6", "sourdough", "milk-1l"];
      const all = await ctx.loaders.products.loadMany(skus);
      return all.filter((p) => !kind || p.kind === kind).map((p) => ({
        __typename: "Product",
        ...p,
      }));
    },
  },
  Customer: {
    upcoming(customer: Customer) {
      return [...orders.values()]
        .filter((o) => o.customerId === customer.id && o.status !== "delivered")
        .map((o) => ({ __typename: "Order", ...o }));
    },
  },
  Order: {
    async box(order: Order, _, ctx) {
      return { __typename: "Product", ...(await ctx.loaders.products.load(order.boxSku)) };
    },
    async extras(order: Order, _, ctx) {
      const products = await ctx.loaders.products.loadMany(order.extras.map((e) => e.sku));
      return order.extras.map((e, i) => ({
        __typename: "OrderExtra",
        sku: e.sku,
        name: products[i].name,
        qty: e.qty,
        price: products[i].price * e.qty,
      }));
    },
    async total(order: Order, _, ctx) {
      const box = await ctx.loaders.products.load(order.boxSku);
      const extras = await ctx.loaders.products.loadMany(order.extras.map((e) => e.sku));
      return extras.reduce((sum, p, i) => sum + p.price * order.extras[i].qty, box.price);
    },
    async customer(order: Order, _, ctx) {
      return { __typename: "Customer", ...(await ctx.loaders.customers.load(order.customerId)) };
    },
  },
};
