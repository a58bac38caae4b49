/**
 * Landing declarations as the vessels' e-logbooks send them: a header line, then one line per
 * species and presentation.
 *
 *   SCH 24|Jacoba|2031-02-11T04:40|IJmuiden
 *   SOL|GUT|38.5|12
 */

export interface CatchLine {
  species: string;
  presentation: string;
  kg: number;
  boxes: number;
}

export interface Declaration {
  pln: string;
  vessel: string;
  landedAt: string;
  port: string;
  lines: CatchLine[];
}

/** Port letters and numbers, as the register writes them: "SCH 24", whatever the spacing. */
export function normalisePln(raw: string): string {
  const m = /^\s*([A-Za-z]{1,3})\s*-?\s*(\d{1,6})\s*$/.exec(raw);
  return m
    ? `${m[1].toUpperCase()} ${Number(m[2])}`
    : raw.trim().toUpperCase().replaceAll(/\s+/g, " ");
}

export function parseDeclaration(text: string): Declaration | string {
  const rows = text.split("\n").filter((r) => r.trim() !== "");
  if (rows.length < 2) return "a declaration needs a header and at least one catch line";
  const [pln, vessel, landedAt, port] = rows[0].split("|");
  if (!pln || !vessel || !landedAt) return "header: PLN|vessel|landed at|port";
  const lines: CatchLine[] = [];
  for (const row of rows.slice(1)) {
    const [species, presentation, kg, boxes] = row.split("|");
    if (!species || Number.isNaN(Number(kg))) return `bad catch line: ${row.slice(0, 40)}`;
    lines.push({
      species,
      presentation: presentation ?? "WHL",
      kg: Number(kg),
      boxes: Number(boxes) || 0,
    });
  }
  return { pln: normalisePln(pln), vessel, landedAt, port: port ?? "IJmuiden", lines };
}
