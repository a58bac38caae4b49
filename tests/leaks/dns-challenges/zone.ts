/**
 * The authoritative zone for customer domains whose DNS we host ("managed"). Lookups go
 * through a small delay, like a resolver round trip, so verification is async either way.
 */
const records = new Map<string, string[]>();

export function publishTxt(name: string, value: string) {
  const values = records.get(name) ?? [];
  values.push(value);
  records.set(name, values);
}

export function removeTxt(name: string, value: string) {
  const values = records.get(name)?.filter((v) => v !== value) ?? [];
  if (values.length) records.set(name, values);
  else records.delete(name);
}

export function resolveTxt(name: string): Promise<string[]> {
  return new Promise((resolve) => setTimeout(() => resolve(records.get(name) ?? []), 5));
}

export function zoneSize() {
  return records.size;
}
