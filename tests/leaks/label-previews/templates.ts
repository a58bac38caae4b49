export interface TemplateJson {
  id: string;
  name: string;
  revision: number;
  size: string;
  fields: string[];
}

const serialized = new WeakMap<LabelTemplate, TemplateJson>();

/** A label layout. Its JSON form is cached per instance, for its current revision. */
export class LabelTemplate {
  revision = 1;

  constructor(
    readonly id: string,
    public name: string,
    public widthMm: number,
    public heightMm: number,
    public fields: string[],
  ) {}

  rename(name: string) {
    this.name = name;
    this.revision++;
  }

  toJSON(): TemplateJson {
    const cached = serialized.get(this);
    if (cached && cached.revision === this.revision) return cached;
    const json = {
      id: this.id,
      name: this.name,
      revision: this.revision,
      size: `${this.widthMm}×${this.heightMm} mm`,
      fields: [...this.fields],
    };
    serialized.set(this, json);
    return json;
  }
}

export const templates = new Map<string, LabelTemplate>([
  [
    "shipping-4x6",
    new LabelTemplate("shipping-4x6", "Shipping 4×6", 102, 152, ["to", "from", "barcode"]),
  ],
  ["shelf-edge", new LabelTemplate("shelf-edge", "Shelf edge", 70, 30, ["sku", "price", "unit"])],
  ["jar-round", new LabelTemplate("jar-round", "Jar lid", 50, 50, ["product", "best-before"])],
]);
