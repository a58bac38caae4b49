// In-process stand-in for the garage's database: job cards and the parts fitted to them,
// an async get/where/put API that hands out copies, and a few ms of latency a round trip.

export interface Row {
  id: string;
  version: number;
  [column: string]: unknown;
}

const tables = new Map<string, Map<string, Row>>([["jobs", new Map()], ["parts", new Map()]]);
const partsByJob = new Map<string, string[]>();

const latency = () => new Promise((r) => setTimeout(r, 1 + Math.random() * 3));

function table(name: string): Map<string, Row> {
  const t = tables.get(name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

export const db = {
  async get(name: string, id: string): Promise<Row | undefined> {
    await latency();
    const row = table(name).get(id);
    return row && structuredClone(row);
  },

  async partsFor(jobId: string): Promise<Row[]> {
    await latency();
    return (partsByJob.get(jobId) ?? []).map((id) => structuredClone(table("parts").get(id)!));
  },

  async put(name: string, row: Row): Promise<void> {
    await latency();
    const current = table(name).get(row.id);
    if (current && current.version !== row.version - 1) {
      throw new Error(`${name} ${row.id} was changed by someone else`);
    }
    table(name).set(row.id, structuredClone(row));
  },
};

const parts = [
  ["BP-2231", "Front brake pads (set)", 4599],
  ["OF-118", "Oil filter", 899],
  ["SP-40", "Spark plug", 650],
  ["WB-77", "Wiper blade 24in", 1299],
];
for (let n = 1; n <= 1000; n++) {
  const id = `JOB-${n}`;
  table("jobs").set(id, {
    id,
    version: 1,
    reg: `KX${String(n % 100).padStart(2, "0")} ${"ABCDEFGH"[n % 8]}FD`,
    customer: { name: `Customer ${n}`, phone: `07700 ${String(900000 + n).slice(-6)}` },
    work: n % 2 ? "Full service" : "MOT and brakes",
    status: "booked",
    mechanic: null,
    bookedFor: `2025-12-${String(1 + (n % 28)).padStart(2, "0")}T08:30`,
    notes: "Customer waiting; call before any extra work over £100.",
  });
  const ids: string[] = [];
  for (let p = 0; p < 3; p++) {
    const [partNo, description, priceCents] = parts[(n + p) % parts.length];
    const partId = `${id}-P${p}`;
    table("parts").set(partId, {
      id: partId,
      version: 1,
      jobId: id,
      partNo,
      description,
      qty: p === 2 ? 4 : 1,
      priceCents,
      fitted: false,
    });
    ids.push(partId);
  }
  partsByJob.set(id, ids);
}
// Rows are kept the way the store hands them back (serialized once), not as built above.
for (const rows of tables.values()) {
  for (const [id, row] of rows) rows.set(id, structuredClone(row));
}
