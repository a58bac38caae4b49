import { bus } from "./bus.ts";

export interface Job {
  id: string;
  tenant: string;
  format: string;
  rows: Record<string, unknown>[];
  progress: number;
}

export interface Exporter {
  format: string;
  version: number;
  run(job: Job): Promise<string>;
  dispose(): void;
}

function makeExporter(format: string, version: number): Exporter {
  let cancelled = false;
  const offShutdown = bus.on("shutdown", () => (cancelled = true));
  const line = format === "csv"
    ? (r: Record<string, unknown>) => Object.values(r).map((v) => JSON.stringify(v)).join(",")
    : (r: Record<string, unknown>) => JSON.stringify(r);
  return {
    format,
    version,
    async run(job) {
      const out: string[] = format === "csv" ? [Object.keys(job.rows[0] ?? {}).join(",")] : [];
      for (let n = 0; n < job.rows.length; n++) {
        if (cancelled) throw new Error("shutting down");
        out.push(line(job.rows[n]));
        if (n % 2 === 1) await Promise.resolve();
        bus.emit("progress", { jobId: job.id, done: n + 1, total: job.rows.length });
      }
      return out.join("\n");
    },
    dispose: offShutdown,
  };
}

/** Installed exporter plugins by format; reloading one replaces (and disposes) the old one. */
const registry = new Map<string, Exporter>();

export function loadExporter(format: string): Exporter {
  const old = registry.get(format);
  const fresh = makeExporter(format, (old?.version ?? 0) + 1);
  registry.set(format, fresh);
  old?.dispose();
  return fresh;
}

export function exporterFor(format: string): Exporter | undefined {
  return registry.get(format);
}

loadExporter("csv");
loadExporter("ndjson");
