import { Entity } from "./orm/entity.ts";

export class Product extends Entity {
  static readonly tableName = "products";
  readonly table = Product.tableName;

  get sku(): string {
    return this.values.sku as string;
  }

  get priceCents(): number {
    return this.values.priceCents as number;
  }

  set priceCents(cents: number) {
    if (!Number.isInteger(cents) || cents < 0) throw new RangeError("priceCents must be >= 0");
    this.write("priceCents", cents);
  }

  get stock(): number {
    return this.values.stock as number;
  }

  set stock(units: number) {
    this.write("stock", Math.max(0, Math.trunc(units)));
  }

  set title(text: string) {
    this.write("title", text.trim());
  }
}

export class Supplier extends Entity {
  static readonly tableName = "suppliers";
  readonly table = Supplier.tableName;
}
