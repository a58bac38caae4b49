import NsBus from "./node_modules/nsbus/index.js";

/**
 * Supplier events for the whole shop: "tariff" when a wholesaler's price file comes in, "stock"
 * when a delivery or a count changes what is on the shelf.
 */
export const supplierBus = new NsBus();
