"use strict";

// The shop database, as the driver sees it: tables of rows keyed by primary key. In production
// this is Postgres behind the pool in infra/; locally (and in CI) the same driver interface runs
// over in-memory tables seeded from fixtures.

const tables = {
  stores: new Map(),
  orders: new Map(),
};

const STORES = [
  {
    id: "st-ams",
    name: "Bloemenhuis Jordaan",
    city: "Amsterdam",
    timezone: "Europe/Amsterdam",
    phone: "+31 20 555 0142",
    opening_hours: JSON.stringify({ weekdays: "08:00-18:00", saturday: "08:00-17:00" }),
    delivery_radius_km: 12,
  },
  {
    id: "st-utr",
    name: "Bloemenhuis Oudegracht",
    city: "Utrecht",
    timezone: "Europe/Amsterdam",
    phone: "+31 30 555 0199",
    opening_hours: JSON.stringify({ weekdays: "08:30-18:00", saturday: "09:00-17:00" }),
    delivery_radius_km: 9,
  },
  {
    id: "st-ant",
    name: "Bloemenhuis Zuid",
    city: "Antwerpen",
    timezone: "Europe/Brussels",
    phone: "+32 3 555 0117",
    opening_hours: JSON.stringify({ weekdays: "09:00-18:30", saturday: "09:00-17:00" }),
    delivery_radius_km: 10,
  },
];

const BOUQUETS = [
  ["BQ-PEONY-L", "Peony bouquet, large", 5495],
  ["BQ-TULIP-M", "Mixed tulips, medium", 2995],
  ["BQ-ROSE-12", "Twelve red roses", 4250],
  ["PL-ORCHID", "White phalaenopsis in pot", 3450],
  ["AD-VASE-G", "Glass vase", 1295],
];

function seed() {
  for (const store of STORES) tables.stores.set(store.id, { ...store });
  let n = 1000;
  for (const store of STORES) {
    for (let k = 0; k < 8; k++) {
      n++;
      const [sku, name, cents] = BOUQUETS[k % BOUQUETS.length];
      const items = [{ sku, name, qty: 1, unitCents: cents }];
      if (k % 3 === 0) {
        items.push({ sku: "AD-CARD", name: "Greeting card", qty: 1, unitCents: 350 });
      }
      tables.orders.set(`FL-${n}`, {
        id: `FL-${n}`,
        store_id: store.id,
        status: k < 6 ? "open" : "delivered",
        customer_name: ["Femke Visser", "Joris Bakker", "Amal Haddad", "Lotte de Boer"][k % 4],
        recipient: JSON.stringify({
          name: ["Oma Truus", "Sanne", "Dr. M. Peeters", "Team Finance"][k % 4],
          street: `Prinsengracht ${100 + k * 7}`,
          postcode: "1015 DV",
          city: store.city,
        }),
        deliver_on: `2025-05-${String(10 + k).padStart(2, "0")}`,
        slot: k % 2 ? "afternoon" : "morning",
        items: JSON.stringify(items),
        card_message: "Met liefde",
        total_cents: items.reduce((sum, i) => sum + i.qty * i.unitCents, 0),
      });
    }
  }
}
seed();

function matches(row, where) {
  for (const [column, value] of Object.entries(where)) {
    if (row[column] !== value) return false;
  }
  return true;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** The driver interface tinyorm talks to. Rows come back as copies, as from a socket. */
const driver = {
  async select(table, where, { orderBy, limit } = {}) {
    await tick();
    let rows = [...tables[table].values()].filter((row) => matches(row, where));
    if (orderBy) {
      const [[column, dir]] = Object.entries(orderBy);
      const sign = dir === "desc" ? -1 : 1;
      rows.sort((a, b) => (a[column] < b[column] ? -sign : a[column] > b[column] ? sign : 0));
    }
    if (limit) rows = rows.slice(0, limit);
    return rows.map((row) => ({ ...row }));
  },

  async count(table, where) {
    await tick();
    let n = 0;
    for (const row of tables[table].values()) if (matches(row, where)) n++;
    return n;
  },

  async insert(table, row) {
    await tick();
    if (tables[table].has(row.id)) throw new Error(`duplicate key ${row.id} in ${table}`);
    tables[table].set(row.id, { ...row });
  },

  async update(table, id, changes) {
    await tick();
    const row = tables[table].get(id);
    if (!row) throw new Error(`no row ${id} in ${table}`);
    Object.assign(row, changes);
  },
};

module.exports = { driver };
