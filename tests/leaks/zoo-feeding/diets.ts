export interface DietLine {
  food: string;
  maxKg: number;
}

/** Approved diets per enclosure, from the nutritionist's sheet. */
export class Diet {
  static #byEnclosure = new Map<string, Diet>();

  static {
    const sheet: [string, string, DietLine[]][] = [
      ["penguins", "Humboldt penguin", [{ food: "sprats", maxKg: 6 }, {
        food: "herring",
        maxKg: 4,
      }]],
      ["otters", "Asian short-clawed otter", [{ food: "smelt", maxKg: 1.5 }, {
        food: "crab",
        maxKg: 0.8,
      }, { food: "egg", maxKg: 0.3 }]],
      ["meerkats", "Meerkat", [{ food: "insects", maxKg: 0.6 }, { food: "egg", maxKg: 0.2 }]],
      ["lemurs", "Ring-tailed lemur", [{ food: "browse", maxKg: 3 }, { food: "veg", maxKg: 2.5 }, {
        food: "pellets",
        maxKg: 0.5,
      }]],
      ["tigers", "Sumatran tiger", [{ food: "carcass", maxKg: 12 }, { food: "beef", maxKg: 8 }]],
    ];
    for (const [enclosure, species, lines] of sheet) {
      Diet.#byEnclosure.set(enclosure, new Diet(enclosure, species, lines));
    }
  }

  static of(enclosure: string): Diet | undefined {
    return Diet.#byEnclosure.get(enclosure);
  }

  static enclosures(): string[] {
    return [...Diet.#byEnclosure.keys()];
  }

  private constructor(
    readonly enclosure: string,
    readonly species: string,
    readonly lines: DietLine[],
  ) {}

  /** The lines of a round that are not on the diet or over its limit. */
  check(items: { food: string; kg: number }[]): string[] {
    const problems: string[] = [];
    for (const item of items) {
      const line = this.lines.find((l) => l.food === item.food);
      if (!line) problems.push(`${item.food} is not on the ${this.species} diet`);
      else if (item.kg > line.maxKg) {
        problems.push(`${item.kg} kg of ${item.food} is over ${line.maxKg} kg`);
      }
    }
    return problems;
  }
}
