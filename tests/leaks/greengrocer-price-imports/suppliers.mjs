export const CATALOGUE = new Map([
  ["TOM-VINE", { name: "Vine tomatoes", unit: "kg", price: 3.2 }],
  ["CUC-NL", { name: "Cucumber", unit: "pc", price: 0.79 }],
  ["PEP-RED", { name: "Red pepper", unit: "pc", price: 0.95 }],
  ["APL-ELS", { name: "Elstar apples", unit: "kg", price: 2.49 }],
  ["PEA-CON", { name: "Conference pears", unit: "kg", price: 2.69 }],
  ["LEK-01", { name: "Leek", unit: "pc", price: 0.89 }],
  ["STR-NL", { name: "Strawberries 400g", unit: "pc", price: 3.99 }],
  ["POT-FRI", { name: "Frying potatoes", unit: "kg", price: 1.35 }],
]);

export class SupplierState {
  imports = 0;
  lastImport = null;
  /** Lines we could not take, for the buyer to chase with the supplier. */
  rejects = [];
  constructor(id, name) {
    this.id = id;
    this.name = name;
  }
}

const suppliers = new Map([
  ["veiling-west", new SupplierState("veiling-west", "Veiling Westland")],
  ["boer-jansen", new SupplierState("boer-jansen", "Fruitteelt Jansen")],
  ["groente-direct", new SupplierState("groente-direct", "Groente Direct BV")],
]);

export function supplier(id) {
  return suppliers.get(id);
}
