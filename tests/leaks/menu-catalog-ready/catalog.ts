// The menu catalogue, loaded once from the POS export and shared by every route. Kept as the
// plain-object module (with node-style callbacks) it was before the move to Deno.

export interface MenuItem {
  sku: string;
  name: string;
  category: string;
  priceCents: number;
  allergens: string[];
}

export interface Menu {
  version: string;
  items: MenuItem[];
  bySku: Record<string, MenuItem>;
}

export type ReadyCallback = (err: Error | null, menu?: Menu) => void;

function posExport(): MenuItem[] {
  const raw = [
    ["BRG-01", "Smash burger", "mains", 1350, "gluten,milk"],
    ["BRG-02", "Halloumi burger", "mains", 1250, "gluten,milk"],
    ["SAL-01", "Caesar salad", "mains", 1100, "egg,fish,milk"],
    ["SID-01", "Fries", "sides", 450, ""],
    ["SID-02", "Onion rings", "sides", 500, "gluten"],
    ["DRK-01", "Lemonade", "drinks", 380, ""],
    ["DRK-02", "Cold brew", "drinks", 420, ""],
    ["DES-01", "Brownie", "desserts", 550, "gluten,egg,milk,nuts"],
  ] as const;
  return raw.map(([sku, name, category, priceCents, allergens]) => ({
    sku,
    name,
    category,
    priceCents,
    allergens: allergens ? allergens.split(",") : [],
  }));
}

export const menuCatalog = {
  loaded: false,
  loading: false,
  menu: null as Menu | null,
  waiting: [] as ReadyCallback[],

  // Calls back with the menu once it is loaded (at once if it already is).
  ready(cb: ReadyCallback): void {
    if (this.loaded) cb(null, this.menu!);
    this.waiting.push(cb);
    if (!this.loaded && !this.loading) this.load();
  },

  load(): void {
    this.loading = true;
    setTimeout(() => {
      const items = posExport();
      const bySku: Record<string, MenuItem> = {};
      for (const item of items) bySku[item.sku] = item;
      this.menu = { version: new Date().toISOString(), items, bySku };
      this.loaded = true;
      this.loading = false;
      const waiting = this.waiting;
      this.waiting = [];
      for (const cb of waiting) cb(null, this.menu);
    }, 20);
  },
};
