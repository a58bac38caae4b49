import type { Product } from "./catalog.ts";

function csvCell(value: unknown): string {
  const s = value === undefined || value === null ? "" : String(value);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function read(product: Product, column: string): unknown {
  return (product as unknown as Record<string, unknown>)[column];
}

export function toCsv(rows: Product[], columns: string[]): string {
  const lines = [columns.join(",")];
  for (const p of rows) lines.push(columns.map((c) => csvCell(read(p, c))).join(","));
  return lines.join("\n") + "\n";
}

export function toJson(rows: Product[], columns: string[]) {
  return rows.map((p) => Object.fromEntries(columns.map((c) => [c, read(p, c)])));
}
