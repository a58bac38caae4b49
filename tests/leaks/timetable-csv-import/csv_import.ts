import { type Departure, upsertDeparture } from "./departures.ts";

export interface ImportSummary {
  id: string;
  feed: string;
  rows: number;
  skipped: number;
  startedAt: number;
  ms?: number;
}

const RECENT_MAX = 50;
/** The last imports, for the ops page. */
export const recentImports: ImportSummary[] = [];
/** Imports still reading their body. */
export const inflight = new Map<string, ImportSummary>();

class LineSplitter extends TransformStream<string, string> {
  constructor() {
    let rest = "";
    super({
      transform(text, controller) {
        const lines = (rest + text).split(/\r?\n/);
        rest = lines.pop() ?? "";
        for (const line of lines) if (line) controller.enqueue(line);
      },
      flush(controller) {
        if (rest) controller.enqueue(rest);
      },
    });
  }
}

const REQUIRED = ["stop", "time", "line", "destination", "platform"] as const;

export async function importCsv(
  id: string,
  feed: string,
  body: ReadableStream<Uint8Array>,
): Promise<ImportSummary> {
  const summary: ImportSummary = { id, feed, rows: 0, skipped: 0, startedAt: Date.now() };
  inflight.set(id, summary);
  try {
    let columns: string[] | undefined;
    const lines = body.pipeThrough(new TextDecoderStream()).pipeThrough(new LineSplitter());
    for await (const line of lines) {
      const cells = line.split(",").map((c) => c.trim());
      if (!columns) {
        columns = cells;
        const missing = REQUIRED.filter((c) => !columns!.includes(c));
        if (missing.length) throw new Error(`missing columns: ${missing.join(", ")}`);
        continue;
      }
      const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""]));
      if (!/^\d\d:\d\d$/.test(row.time)) {
        summary.skipped++;
        continue;
      }
      upsertDeparture({ ...(row as unknown as Departure), feed });
      summary.rows++;
    }
    summary.ms = Date.now() - summary.startedAt;
    recentImports.push(summary);
    if (recentImports.length > RECENT_MAX) recentImports.shift();
    return summary;
  } finally {
    inflight.delete(id);
  }
}
