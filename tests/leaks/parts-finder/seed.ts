import type { Part } from "./catalogue.ts";

const MODELS = [
  "MF 135",
  "MF 240",
  "MF 390",
  "Ford 3000",
  "Ford 4000",
  "Fordson Super Major",
  "David Brown 990",
  "Zetor 5211",
  "JD 6130R",
  "JD 2040",
  "Case IH 685",
  "Ursus C-360",
];

const KINDS: { name: string; group: string; base: number; variants: string[] }[] = [
  { name: "Oil filter", group: "filters", base: 9.5, variants: ["OEM", "pattern"] },
  { name: "Air filter element", group: "filters", base: 18, variants: ["OEM", "pattern"] },
  { name: "Fuel filter", group: "filters", base: 7.25, variants: ["OEM", "pattern"] },
  { name: "Hydraulic filter", group: "filters", base: 22, variants: ["OEM", "pattern"] },
  { name: "Fan belt", group: "engine", base: 12, variants: ["OEM"] },
  { name: "Water pump", group: "engine", base: 64, variants: ["OEM"] },
  { name: "Glow plug", group: "engine", base: 11, variants: ["OEM"] },
  { name: "Brake shoe set", group: "brakes", base: 38, variants: ["OEM"] },
  { name: "Front wheel bearing", group: "axles", base: 17.5, variants: ["OEM"] },
  { name: "PTO shaft seal", group: "transmission", base: 6.8, variants: ["OEM"] },
];

/** The catalogue as the nightly import leaves it: every kind of part for every model we stock. */
export function seedParts(): Part[] {
  const parts: Part[] = [];
  let n = 1000;
  for (const model of MODELS) {
    for (const kind of KINDS) {
      for (const variant of kind.variants) {
        const sku = `${kind.group.slice(0, 3).toUpperCase()}-${n++}`;
        parts.push({
          sku,
          name: `${kind.name} (${variant})`,
          group: kind.group,
          models: [model],
          description: `${kind.name} for ${model} tractors, ${
            variant === "OEM" ? "genuine part" : "quality pattern part"
          }. Check the engine serial before ordering.`,
          price: Math.round(kind.base * (variant === "OEM" ? 1.4 : 1) * 100) / 100,
          stock: (n * 7) % 23,
        });
      }
    }
  }
  return parts;
}
