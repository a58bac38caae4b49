/**
 * What the demo prints: a line per step with its progress, and the closing summary of
 * findings. The summary is a pure function of the findings (tested without a terminal).
 *
 * @module
 */

import {
  anyFreed,
  costText,
  type DemoFindings,
  entriesText,
  heapGrowthPer100,
} from "./findings.ts";
import { formatBytes, formatDelta, formatDuration } from "./format.ts";
import { codeExcludedNote, improvementText, OVERLAP_NOTE } from "./report.ts";

/** ANSI styling that turns itself off when colour is not wanted. */
export class Style {
  constructor(readonly enabled: boolean) {}
  #wrap = (code: string) => (s: string) => this.enabled ? `\x1b[${code}m${s}\x1b[0m` : s;
  bold = this.#wrap("1");
  dim = this.#wrap("2");
  red = this.#wrap("31");
  green = this.#wrap("32");
  yellow = this.#wrap("33");
  cyan = this.#wrap("36");
}

/** One running step; finish it with `done` or `fail`. */
export interface StepHandle {
  /** Reports progress (e.g. from MCP progress notifications). */
  progress(done: number, total: number | undefined, message?: string): void;
  /** Marks the step finished, with an optional short result. */
  done(detail?: string): number;
  /** Marks the step failed. */
  fail(message: string): void;
}

/**
 * Prints steps as `[n/N] name … detail (time)`. On a terminal the progress of the running step
 * updates in place; otherwise it prints a line at each quarter so logs stay short.
 */
export class StepPrinter {
  #n = 0;
  readonly steps: { name: string; ms: number }[] = [];
  constructor(
    readonly total: number,
    readonly style: Style,
    readonly interactive: boolean,
    readonly write: (text: string) => void = (t) =>
      Deno.stdout.writeSync(new TextEncoder().encode(t)),
  ) {}

  /** Starts a step. */
  start(name: string): StepHandle {
    const n = ++this.#n;
    const s = this.style;
    const prefix = s.dim(`[${String(n).padStart(2)}/${this.total}]`);
    const started = performance.now();
    let lastQuarter = -1;
    let inPlace = false;
    const clear = () => {
      if (inPlace) this.write("\r\x1b[2K");
      inPlace = false;
    };
    if (!this.interactive) this.write(`${prefix} ${name} …\n`);
    else {
      this.write(`${prefix} ${name} …`);
      inPlace = true;
    }
    return {
      progress: (done, total, message) => {
        const pct = total ? Math.min(100, Math.floor((done / total) * 100)) : undefined;
        const text = pct !== undefined
          ? `${pct}%${message ? ` ${message}` : ""}`
          : message ?? String(done);
        if (this.interactive) {
          clear();
          this.write(`${prefix} ${name} … ${s.cyan(text)}`);
          inPlace = true;
        } else {
          const quarter = pct === undefined ? -1 : Math.floor(pct / 25);
          if (quarter > lastQuarter) {
            lastQuarter = quarter;
            this.write(`${prefix}   ${name}: ${text}\n`);
          }
        }
      },
      done: (detail) => {
        const ms = performance.now() - started;
        this.steps.push({ name, ms });
        clear();
        this.write(
          `${prefix} ${s.green("✓")} ${name}${detail ? ` — ${detail}` : ""} ${
            s.dim(`(${formatDuration(ms)})`)
          }\n`,
        );
        return ms;
      },
      fail: (message) => {
        clear();
        this.write(`${prefix} ${s.red("✗")} ${name} — ${s.red("failed")}: ${message}\n`);
      },
    };
  }
}

/** The closing summary: the root causes with their evidence, then the before/after-fix figures. */
export function renderTerminalSummary(f: DemoFindings, style: Style, reportPath?: string): string {
  const s = style;
  const out: string[] = [];
  out.push("");
  out.push(s.bold(`Root causes found in ${f.leaky.app} (${f.leaky.connections} connections):`));
  for (const c of f.causes) {
    out.push("");
    out.push(
      `  ${s.bold(`${c.rank}. ${c.path}`)} ${s.dim(`(${c.holder})`)}` +
        (c.location ? `  ${s.yellow(c.location)}` : ""),
    );
    if (c.sourceLine) out.push(`     ${s.dim("│")} ${c.sourceLine}`);
    out.push(
      `     ${entriesText(c, formatBytes)}, ${costText(c, formatBytes)} ` +
        `(${formatDelta(c.bytesPerConnection)} per connection)`,
    );
    if (c.statsCounter) {
      const k = c.statsCounter;
      out.push(
        `     /stats ${k.name} ${k.before.toLocaleString("en-US")} → ${
          k.after.toLocaleString("en-US")
        }`,
      );
    }
    out.push(
      `     per 100 connections: leaky ${s.red(formatDelta(c.leakyPer100))} → fixed ${
        c.fixedPer100 === null ? s.green("not growing") : s.green(formatDelta(c.fixedPer100))
      }`,
    );
    out.push(`     ${s.dim(`held by ${c.retainerPath}`)}`);
  }
  if (anyFreed(f)) {
    out.push("");
    out.push(s.dim(OVERLAP_NOTE));
  }
  const leaky = heapGrowthPer100(f.leaky);
  const fixed = heapGrowthPer100(f.fixed);
  out.push("");
  out.push(s.bold("Leak per 100 connections, before vs after the fix:"));
  out.push(`  before (${f.leaky.app}): ${s.red(formatDelta(leaky))} heap`);
  out.push(
    `  after  (${f.fixed.app}): ${s.green(formatDelta(fixed))} heap` +
      `  → ${improvementText(leaky, fixed)}`,
  );
  out.push(s.dim(`  ${codeExcludedNote(f)}`));
  out.push("");
  out.push(
    `Finished in ${formatDuration(f.elapsedMs)}.` +
      (reportPath ? ` Report: ${s.cyan(reportPath)}` : ""),
  );
  return out.join("\n") + "\n";
}
