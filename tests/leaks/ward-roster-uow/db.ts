// In-process stand-in for the rota database: shift rows with a version column, reads that
// answer with copies, and transactions with savepoints whose writes apply at commit.

export interface Shift {
  id: string;
  ward: string;
  nurse: string;
  start: string;
  end: string;
  note: string;
  version: number;
}

export class VersionConflict extends Error {}

const shifts = new Map<string, Shift>();
const latency = () => new Promise((r) => setTimeout(r, 1 + Math.random() * 3));

export async function getShift(id: string): Promise<Shift | undefined> {
  await latency();
  const row = shifts.get(id);
  return row && { ...row };
}

export async function wardShifts(ward: string, limit: number): Promise<Shift[]> {
  await latency();
  return [...shifts.values()].filter((s) => s.ward === ward).slice(0, limit).map((s) => ({ ...s }));
}

export class Transaction {
  #writes: Shift[] = [];
  #savepoints: { name: string; mark: number }[] = [];

  savepoint(name: string) {
    this.#savepoints.push({ name, mark: this.#writes.length });
  }

  #find(name: string): number {
    const at = this.#savepoints.findLastIndex((s) => s.name === name);
    if (at < 0) throw new Error(`no savepoint ${name}`);
    return at;
  }

  rollbackTo(name: string) {
    const at = this.#find(name);
    this.#writes.length = this.#savepoints[at].mark;
    this.#savepoints.length = at + 1;
  }

  release(name: string) {
    this.#savepoints.length = this.#find(name);
  }

  update(row: Shift, expectedVersion: number) {
    const current = shifts.get(row.id);
    if (!current || current.version !== expectedVersion) {
      throw new VersionConflict(
        `${row.id} is at version ${current?.version}, not ${expectedVersion}`,
      );
    }
    this.#writes.push({ ...row, version: expectedVersion + 1 });
  }

  async commit(): Promise<void> {
    await latency();
    for (const row of this.#writes) shifts.set(row.id, row);
    this.#writes = [];
    this.#savepoints = [];
  }
}

export async function begin(): Promise<Transaction> {
  await latency();
  return new Transaction();
}

const nurses = ["N-Adeyemi", "N-Byrne", "N-Castillo", "N-Dubois", "N-Ekwueme", "N-Fraser"];
for (let n = 1; n <= 1200; n++) {
  const day = String(1 + (n % 28)).padStart(2, "0");
  shifts.set(`SH-${n}`, {
    id: `SH-${n}`,
    ward: `W-${n % 8}`,
    nurse: nurses[n % nurses.length],
    start: `2026-02-${day}T${n % 2 ? "07" : "19"}:00`,
    end: `2026-02-${day}T${n % 2 ? "19" : "07"}:30`,
    note: "",
    version: 1,
  });
}
// Rows are kept the way the store hands them back (serialized once), not as built above.
for (const [id, row] of shifts) shifts.set(id, structuredClone(row));
