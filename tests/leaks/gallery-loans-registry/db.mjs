import { LruCache } from "./lru.mjs";

// In-process stand-in for the registry's database: connections run a small SELECT dialect
// (`col = ?` or `col IN (?, …)`), parsed statements kept in an LRU by their SQL text.

const tables = { artworks: new Map(), artists: new Map(), loans: new Map() };
const statements = new LruCache(32);
const latency = () => new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 3));

function prepare(sql) {
  let stmt = statements.get(sql);
  if (!stmt) {
    const m = /^SELECT \* FROM (\w+) WHERE (\w+) (=|IN) (\?|\((?:\?, )*\?\))$/.exec(sql);
    if (!m) throw new Error(`unsupported SQL: ${sql}`);
    stmt = { sql, table: m[1], column: m[2], many: m[3] === "IN" };
    statements.set(sql, stmt);
  }
  return stmt;
}

let nextId = 1;
export class Connection {
  constructor() {
    this.id = nextId++;
    this.queries = 0;
  }

  async query(sql, params) {
    const stmt = prepare(sql);
    this.queries++;
    await latency();
    const wanted = new Set(stmt.many ? params : [params[0]]);
    const rows = [];
    for (const row of tables[stmt.table].values()) {
      if (wanted.has(row[stmt.column])) rows.push({ ...row });
    }
    return rows;
  }
}

export function statementCacheSize() {
  return statements.size;
}

for (let a = 1; a <= 20; a++) {
  tables.artists.set(`AR-${a}`, { id: `AR-${a}`, name: `Artist ${a}`, born: 1850 + a * 4 });
}
const venues = ["Tate St Ives", "Kelvingrove", "Whitworth", "National Museum Cardiff"];
for (let n = 1; n <= 1200; n++) {
  const id = `ART-${n}`;
  tables.artworks.set(id, {
    id,
    title: `Study in grey and gold no. ${n}`,
    artistId: `AR-${(n % 20) + 1}`,
    medium: n % 2 ? "oil on canvas" : "watercolour",
    year: 1880 + (n % 120),
    insuranceValue: 25_000 + (n % 40) * 5_000,
  });
  for (let l = 0; l < 2; l++) {
    tables.loans.set(`LN-${n}-${l}`, {
      id: `LN-${n}-${l}`,
      artworkId: id,
      venue: venues[(n + l) % venues.length],
      from: `2026-0${1 + l * 4}-01`,
      to: `2026-0${3 + l * 4}-30`,
    });
  }
}

// Rows are kept the way the store hands them back (serialized once), not as built above.
for (const rows of Object.values(tables)) {
  for (const [id, row] of rows) rows.set(id, structuredClone(row));
}
