// Monthly sales per region, from the warehouse export (a deterministic stand-in here).

const REGIONS = ["north", "south", "east", "west"];

function seeded(text: string): () => number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    return (h % 1000) / 1000;
  };
}

export function monthlySales(store: string, months: number): { label: string; points: number[] }[] {
  const rand = seeded(store);
  return REGIONS.slice(0, 3).map((region) => ({
    label: `${store} ${region}`,
    points: Array.from({ length: months }, () => Math.round(800 + rand() * 4200)),
  }));
}
