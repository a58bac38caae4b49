/** Stands in for the drafts table: one row per draft, overwritten on each save. */
const rows = new Map<string, { body: string; savedAt: number; revision: number }>();

export async function persist(id: string, body: string): Promise<number> {
  await new Promise((r) => setTimeout(r, 1));
  const revision = (rows.get(id)?.revision ?? 0) + 1;
  rows.set(id, { body, savedAt: Date.now(), revision });
  return revision;
}

export function persistSync(id: string, body: string): void {
  const revision = (rows.get(id)?.revision ?? 0) + 1;
  rows.set(id, { body, savedAt: Date.now(), revision });
}

export const load = (id: string) => rows.get(id);
