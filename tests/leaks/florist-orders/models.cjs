"use strict";

const { EntitySchema } = require("./node_modules/tinyorm");

class Store {
  get openingHoursLabel() {
    const h = this.openingHours ?? {};
    return `Mon–Fri ${h.weekdays ?? "closed"}, Sat ${h.saturday ?? "closed"}`;
  }
}

class Order {
  get itemCount() {
    return (this.items ?? []).reduce((sum, item) => sum + item.qty, 0);
  }

  /** What the shop floor sees on the order slip. */
  toSlip() {
    return {
      id: this.id,
      status: this.status,
      store: this.store ? { id: this.store.id, name: this.store.name } : null,
      deliverOn: this.deliverOn,
      slot: this.slot,
      recipient: this.recipient,
      items: this.items.map((i) => `${i.qty}× ${i.name}`),
      cardMessage: this.cardMessage,
      total: (this.totalCents / 100).toFixed(2),
    };
  }
}

const StoreSchema = new EntitySchema({
  name: "Store",
  class: Store,
  table: "stores",
  properties: {
    id: {},
    name: {},
    city: {},
    timezone: {},
    phone: {},
    openingHours: { fieldName: "opening_hours", type: "json" },
    deliveryRadiusKm: { fieldName: "delivery_radius_km" },
    orders: { kind: "1:m", entity: "Order", mappedBy: "store" },
  },
});

const OrderSchema = new EntitySchema({
  name: "Order",
  class: Order,
  table: "orders",
  properties: {
    id: {},
    store: { kind: "m:1", entity: "Store", fieldName: "store_id", inversedBy: "orders" },
    status: {},
    customerName: { fieldName: "customer_name" },
    recipient: { type: "json" },
    deliverOn: { fieldName: "deliver_on" },
    slot: {},
    items: { type: "json" },
    cardMessage: { fieldName: "card_message" },
    totalCents: { fieldName: "total_cents" },
  },
});

module.exports = { Store, Order, StoreSchema, OrderSchema };
