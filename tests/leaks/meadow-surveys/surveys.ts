import { fields, lines } from "./csv.ts";

// The species we record on the meadows, with their NBN Atlas names.
export const SPECIES: Record<string, string> = {
  "meadow brown": "Maniola jurtina",
  "common blue": "Polyommatus icarus",
  "marbled white": "Melanargia galathea",
  "small skipper": "Thymelicus sylvestris",
  "six-spot burnet": "Zygaena filipendulae",
  "ringlet": "Aphantopus hyperantus",
  "gatekeeper": "Pyronia tithonus",
};

export const SITES = new Map([
  ["hay-meadow-3", { name: "Hay Meadow 3 (north)", gridRef: "ST 512 634" }],
  ["long-ground", { name: "Long Ground", gridRef: "ST 508 629" }],
  ["orchid-bank", { name: "Orchid Bank", gridRef: "ST 515 627" }],
]);

export type ImportStage = "received" | "parsed" | "checked" | "accepted" | "rejected";

export interface SurveyImport {
  ref: string;
  site: string;
  surveyor: string;
  transect: string;
  rows: number;
  rejected: { line: number; reason: string }[];
  counts: Record<string, number>;
  stage: ImportStage;
  receivedAt: string;
}

/** Season totals per site and species. */
const totals = new Map<string, Map<string, number>>();
/** Recent imports by ref; the office checks them the same day. */
const imports = new Map<string, SurveyImport>();
const KEEP_IMPORTS = 30;

export const importEvents = new EventTarget();

export class SurveyError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function readCounts(
  site: string,
  ref: string,
  body: ReadableStream<Uint8Array>,
): Promise<SurveyImport> {
  if (!SITES.has(site)) throw new SurveyError(404, `no site ${site}`);
  if (imports.has(ref)) throw new SurveyError(409, `import ${ref} exists`);
  const imp: SurveyImport = {
    ref,
    site,
    surveyor: "",
    transect: "",
    rows: 0,
    rejected: [],
    counts: {},
    stage: "received",
    receivedAt: new Date().toISOString(),
  };
  let header: string[] | null = null;
  let n = 0;
  for await (const line of body.pipeThrough(new TextDecoderStream()).pipeThrough(lines())) {
    n++;
    if (!line.trim()) continue;
    const f = fields(line);
    if (!header) {
      header = f.map((h) => h.toLowerCase());
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, f[i] ?? ""]));
    const species = row.species?.toLowerCase();
    const count = Number(row.count);
    if (!species || !(species in SPECIES)) {
      imp.rejected.push({ line: n, reason: `unknown species "${row.species}"` });
      continue;
    }
    if (!Number.isInteger(count) || count < 0) {
      imp.rejected.push({ line: n, reason: `count "${row.count}" is not a whole number` });
      continue;
    }
    imp.surveyor ||= row.surveyor ?? "";
    imp.transect ||= row.transect ?? "";
    imp.counts[species] = (imp.counts[species] ?? 0) + count;
    imp.rows++;
  }
  imports.set(ref, imp);
  while (imports.size > KEEP_IMPORTS) imports.delete(imports.keys().next().value!);
  return imp;
}

function move(imp: SurveyImport, stage: ImportStage) {
  imp.stage = stage;
  importEvents.dispatchEvent(new CustomEvent("stage", { detail: { ref: imp.ref, stage } }));
}

/** Checks an import in the background: parsed → checked → accepted (counts added) or rejected. */
export function check(imp: SurveyImport) {
  setTimeout(() => {
    move(imp, "parsed");
    setTimeout(() => {
      move(imp, "checked");
      setTimeout(() => {
        if (imp.rows === 0) return move(imp, "rejected");
        let site = totals.get(imp.site);
        if (!site) totals.set(imp.site, site = new Map());
        for (const [species, count] of Object.entries(imp.counts)) {
          site.set(species, (site.get(species) ?? 0) + count);
        }
        move(imp, "accepted");
      }, 30);
    }, 30);
  }, 30);
}

export function findImport(ref: string): SurveyImport | undefined {
  return imports.get(ref);
}

export function siteTotals(site: string): [string, number][] {
  return [...(totals.get(site) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
}
