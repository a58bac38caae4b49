export interface Plant {
  id: string;
  latin: string;
  common: string;
  category: "shrub" | "perennial" | "climber" | "herb" | "tree";
  potLitres: number;
  price: number;
  hardiness: string;
}

export const PLANTS: Plant[] = [
  p("lav-hid", "Lavandula angustifolia 'Hidcote'", "English lavender", "shrub", 2, 8.99, "H5"),
  p("lav-mun", "Lavandula angustifolia 'Munstead'", "English lavender", "shrub", 2, 8.49, "H5"),
  p("ros-mis", "Salvia rosmarinus 'Miss Jessopp's Upright'", "Rosemary", "herb", 2, 7.99, "H4"),
  p("thy-vul", "Thymus vulgaris", "Common thyme", "herb", 1, 3.99, "H5"),
  p("cle-mon", "Clematis montana 'Elizabeth'", "Clematis", "climber", 3, 19.99, "H6"),
  p("hyd-ann", "Hydrangea arborescens 'Annabelle'", "Smooth hydrangea", "shrub", 5, 24.99, "H5"),
  p("ger-roz", "Geranium 'Rozanne'", "Cranesbill", "perennial", 2, 9.99, "H7"),
  p("nep-six", "Nepeta 'Six Hills Giant'", "Catmint", "perennial", 2, 8.99, "H7"),
  p("ace-pal", "Acer palmatum 'Bloodgood'", "Japanese maple", "tree", 10, 59.99, "H6"),
  p("fuc-ric", "Fuchsia magellanica 'Riccartonii'", "Hardy fuchsia", "shrub", 3, 12.49, "H4"),
  p("pit-tom", "Pittosporum tenuifolium 'Tom Thumb'", "Kohuhu", "shrub", 3, 14.99, "H4"),
  p("hel-ori", "Helleborus orientalis", "Lenten rose", "perennial", 2, 11.99, "H7"),
];

function p(
  id: string,
  latin: string,
  common: string,
  category: Plant["category"],
  potLitres: number,
  price: number,
  hardiness: string,
): Plant {
  return { id, latin, common, category, potLitres, price, hardiness };
}

const tokens = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter((t) => t.length > 2);

export function search(q: string, category?: string): Plant[] {
  const terms = tokens(q);
  if (!terms.length) return [];
  return PLANTS.filter((plant) => {
    if (category && plant.category !== category) return false;
    const text = tokens(`${plant.latin} ${plant.common}`);
    return terms.every((t) => text.some((w) => w.startsWith(t)));
  });
}

/** Closest plant names by edit distance, for "did you mean". */
export function suggestions(q: string, max = 3): string[] {
  const query = q.toLowerCase();
  const names = [...new Set(PLANTS.map((plant) => plant.common))];
  return names
    .map((name) => ({ name, d: distance(query, name.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, max)
    .map((s) => s.name);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
