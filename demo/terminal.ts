/**
 * What the demo prints: a line per step with its progress, and the closing summary of
 * findings. The summary is a pure function of the findings (tested without a terminal).
 *
 * @module
 */

import { formatBytes } from "../heap/mod.ts";
import { causeLocation, type DemoFindings, heapGrowthPer100 } from "./findings.ts";
import { formatDuration } from "./format.ts";
import {
  causeTitle,
  codeExcludedNote,
  figuresNote,
  fixedText,
  improvementText,
  keepsText,
  leakText,
} from "./report.ts";

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

/**
 * The closing summary: the engine's root causes in its order (one inside another indented under
 * it), each with its statement, figures and fix; then the before/after-fix figures.
 */
export function renderTerminalSummary(f: DemoFindings, style: Style, reportPath?: string): string {
  const s = style;
  const out: string[] = [];
  out.push("");
  out.push(s.bold(
    `Root causes found in ${f.leaky.app}, as compare_snapshots ranks them ` +
      `(${f.leaky.connections} connections):`,
  ));
  for (const c of f.causes) {
    const x = c.suspect;
    const inside = x.insideOf !== undefined;
    const pad = inside ? "        " : "     ";
    const where = causeLocation(x);
    out.push("");
    if (inside) {
      out.push(`     ${s.bold(causeTitle(c))}`);
      if (x.statement) {
        out.push(`${pad}${s.dim("│")} ${x.statement.text}${where ? `  ${s.yellow(where)}` : ""}`);
      }
    } else {
      out.push(`  ${s.bold(causeTitle(c))}${where ? `  ${s.yellow(where)}` : ""}`);
      if (x.statement) out.push(`${pad}${s.dim("│")} ${x.statement.text}`);
      out.push(`${pad}${x.reason}`);
      out.push(`${pad}${keepsText(x)}`);
      out.push(
        `${pad}per 100 connections: leaky ${s.red(formatBytes(c.leakyPer100, true))} → fixed ${
          s.green(fixedText(c))
        }`,
      );
    }
    const removal = x.removals?.[0];
    if (removal) out.push(`${pad}removed at ${removal.location.display}  ${removal.text}`);
    out.push(`${pad}fix: ${x.fix}`);
    if (!inside) out.push(`${pad}${s.dim(`held by ${x.retainerPath}`)}`);
  }
  out.push("");
  out.push(s.dim(figuresNote(f)));
  const leaky = heapGrowthPer100(f.leaky);
  const fixed = heapGrowthPer100(f.fixed);
  out.push("");
  out.push(s.bold("Leak per 100 connections, before vs after the fix:"));
  out.push(
    `  before (${f.leaky.app}): ${s.red(leakText(f.leaky))}; heap ${formatBytes(leaky, true)}`,
  );
  out.push(
    `  after  (${f.fixed.app}): ${s.green(leakText(f.fixed))}; heap ${
      formatBytes(fixed, true)
    }  → ${improvementText(leaky, fixed)}`,
  );
  out.push(s.dim(`  ${codeExcludedNote(f)}`));
  const v = f.fixed.verification;
  if (v) {
    const gone = v.suspects.filter((x) => x.status === "gone").length;
    out.push(
      `  investigate_leak verify on ${f.fixed.app}: ${gone} of ${v.suspects.length} causes of ` +
        `the leaky run gone${v.newSuspects.length ? `, ${v.newSuspects.length} new` : ""}`,
    );
  }
  out.push("");
  out.push(
    `Finished in ${formatDuration(f.elapsedMs)}.` +
      (reportPath ? ` Report: ${s.cyan(reportPath)}` : ""),
  );
  return out.join("\n") + "\n";
}
