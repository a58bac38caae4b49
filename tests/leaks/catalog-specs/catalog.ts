import { type Predicate, rule, Specification } from "./specification.ts";

export interface Product {
  sku: string;
  name: string;
  category: string;
  price: number;
  weightGrams: number;
  tags: string[];
}

@rule("category")
export class InCategory extends Specification<Product> {
  constructor(private readonly category: string) {
    super();
  }
  describe() {
    return `category = ${this.category}`;
  }
  protected compile(): Predicate<Product> {
    const wanted = this.category.toLowerCase();
    return (p) => p.category === wanted;
  }
}

@rule("maxPrice")
export class PriceAtMost extends Specification<Product> {
  constructor(private readonly max: number) {
    super();
  }
  describe() {
    return `price <= ${this.max}`;
  }
  protected compile(): Predicate<Product> {
    const cents = Math.round(this.max * 100);
    return (p) => Math.round(p.price * 100) <= cents;
  }
}

@rule("q")
export class NameMatches extends Specification<Product> {
  constructor(private readonly term: string) {
    super();
  }
  describe() {
    return `name ~ ${JSON.stringify(this.term)}`;
  }
  protected compile(): Predicate<Product> {
    const words = this.term.toLowerCase().split(/\s+/).filter(Boolean)
      .map((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i"));
    return (p) => words.every((re) => re.test(p.name) || p.tags.some((t) => re.test(t)));
  }
}

/** Builds the conjunction of the rules named in the query string (?category=…&maxPrice=…). */
export function specFromQuery(params: URLSearchParams): Specification<Product> | undefined {
  let spec: Specification<Product> | undefined;
  for (const [name, value] of params) {
    const Rule = Specification.registry.get(name);
    if (!Rule || value === "") continue;
    const arg = name === "maxPrice" ? Number(value) : value;
    if (typeof arg === "number" && !Number.isFinite(arg)) throw new Error(`bad ${name}`);
    const next = new Rule(arg) as Specification<Product>;
    spec = spec ? spec.and(next) : next;
  }
  return spec;
}

export const PRODUCTS: Product[] = [
  ["TNT-201", "Ultralight trekking tent 1p", "tents", 289, 890, ["ultralight", "3-season"]],
  ["TNT-305", "Family dome tent 4p", "tents", 219, 6400, ["family"]],
  ["TNT-118", "Ultralight tarp shelter", "tents", 129, 420, ["ultralight", "tarp"]],
  ["SLP-044", "Down sleeping bag -5C", "sleeping", 349, 980, ["down", "ultralight"]],
  ["SLP-012", "Synthetic sleeping bag 5C", "sleeping", 89, 1450, ["synthetic"]],
  ["STV-003", "Titanium gas stove", "cooking", 59, 73, ["ultralight", "titanium"]],
  ["STV-010", "Two-burner camp stove", "cooking", 119, 4200, ["family"]],
  ["PCK-050", "Ultralight backpack 40 l", "packs", 199, 760, ["ultralight"]],
].map(([sku, name, category, price, weightGrams, tags]) => ({
  sku,
  name,
  category,
  price,
  weightGrams,
  tags,
} as Product));
