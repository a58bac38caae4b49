/** Energy tariffs as published to the comparison sites; republished when a price changes. */

export interface Tariff {
  id: string;
  name: string;
  unitCentsKwh: number;
  gasCentsM3: number;
  standingCentsDay: number;
  note?: string;
}

export interface RepublishDetail {
  tariffId: string;
  revision: number;
}

export class TariffBook extends EventTarget {
  #tariffs = new Map<string, Tariff>();
  #cheapestFirst: Tariff[] = [];
  revision = 1;

  constructor(initial: Tariff[]) {
    super();
    for (const t of initial) this.#tariffs.set(t.id, t);
    this.#reindex();
    this.addEventListener("republish", () => this.#reindex());
  }

  #reindex() {
    this.#cheapestFirst = [...this.#tariffs.values()].sort((a, b) =>
      a.unitCentsKwh - b.unitCentsKwh
    );
  }

  get(id: string): Tariff | undefined {
    return this.#tariffs.get(id);
  }

  list(): Tariff[] {
    return this.#cheapestFirst;
  }

  update(id: string, change: Partial<Omit<Tariff, "id">>): Tariff | undefined {
    const current = this.#tariffs.get(id);
    if (!current) return undefined;
    const next = { ...current, ...change, id };
    this.#tariffs.set(id, next);
    this.revision++;
    this.dispatchEvent(
      new CustomEvent<RepublishDetail>("republish", {
        detail: { tariffId: id, revision: this.revision },
      }),
    );
    return next;
  }
}

const tariff = (
  id: string,
  name: string,
  unitCentsKwh: number,
  gasCentsM3: number,
  standingCentsDay: number,
): Tariff => ({ id, name, unitCentsKwh, gasCentsM3, standingCentsDay });

export const tariffBook = new TariffBook([
  tariff("dynamic-green", "Dynamic Green (hourly EPEX)", 24.9, 131.2, 21.5),
  tariff("fixed-3y", "Fixed 3 years", 31.4, 142.8, 19.9),
  tariff("variable-basic", "Variable Basic", 28.1, 138, 18),
]);
