import type { Row, RowStore } from "./vendor/tinyctx/mod.ts";

const tables = new Map<string, Map<string, Row>>();

function table(name: string) {
  let t = tables.get(name);
  if (!t) tables.set(name, t = new Map());
  return t;
}

export const store: RowStore = {
  read: (name, id) => {
    const row = table(name).get(id);
    return row ? structuredClone(row) : undefined;
  },
  write: (name, id, row) => void table(name).set(id, row),
};

const COLLECTIONS = ["Mill records", "Canal company letters", "Studio portraits"];

for (let n = 1; n <= 10; n++) {
  const id = `ARC-${String(n).padStart(4, "0")}`;
  table("items").set(id, {
    id,
    accession: `1987.${40 + n}`,
    collection: COLLECTIONS[n % COLLECTIONS.length],
    title: `Item ${n}`,
    description: "",
    dates: { from: 1840 + n * 3, to: 1850 + n * 3 },
    extent: `${n} sheets`,
    condition: n % 4 === 0 ? "fragile" : "good",
    subjects: ["textiles", "Calder Valley"],
    rights: "public domain",
    scans: [],
    updatedAt: "2030-01-01T00:00:00Z",
  });
}
