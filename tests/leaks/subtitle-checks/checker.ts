import { TwoGenerationCache } from "./vendor/twogen/mod.ts";
import { checkText, type Cue, type Issue, type LineCheck, parseTimecode, RULES } from "./rules.ts";

export interface CueReport {
  index: number;
  start?: string;
  end?: string;
  issues: Issue[];
}

export interface FileReport {
  file: string;
  language: string;
  cues: number;
  errors: number;
  warnings: number;
  byCue: CueReport[];
  checkedAt: string;
}

/**
 * Text checks are cached for a tick or two: a series repeats its lines ("Previously on…",
 * credits, catchphrases) across the episodes a QC editor checks in one sitting.
 */
const lineCache = new TwoGenerationCache<string, LineCheck>({ ttlMs: 250 });

let cueChecks = 0;

export function checkFile(file: string, language: string, cues: Cue[]): FileReport {
  const byCue: CueReport[] = [];
  let errors = 0;
  let warnings = 0;
  cues.forEach((cue, index) => {
    cueChecks++;
    const key = `${language}\u0000${cue.text.trim()}`;
    let text = lineCache.get(key);
    if (!text) {
      text = checkText(cue.text.trim());
      lineCache.set(key, text);
    }
    const issues = [...text.issues, ...timingIssues(cue)];
    for (const i of issues) i.severity === "error" ? errors++ : warnings++;
    if (issues.length) byCue.push({ index: index + 1, start: cue.start, end: cue.end, issues });
  });
  return {
    file,
    language,
    cues: cues.length,
    errors,
    warnings,
    byCue,
    checkedAt: new Date().toISOString(),
  };
}

function timingIssues(cue: Cue): Issue[] {
  const start = parseTimecode(cue.start);
  const end = parseTimecode(cue.end);
  if (start === undefined || end === undefined) {
    return [{ rule: "timecode", message: "missing or malformed timecode", severity: "error" }];
  }
  const issues: Issue[] = [];
  const ms = end - start;
  if (ms < RULES.minDurationMs) {
    issues.push({ rule: "duration", message: `on screen ${ms} ms`, severity: "warning" });
  }
  if (ms > RULES.maxDurationMs) {
    issues.push({ rule: "duration", message: `on screen ${ms} ms`, severity: "warning" });
  }
  const cps = cue.text.replace(/\s+/g, "").length / (ms / 1000);
  if (cps > RULES.maxCharsPerSecond) {
    issues.push({
      rule: "reading-speed",
      message: `${cps.toFixed(1)} characters a second; at most ${RULES.maxCharsPerSecond}`,
      severity: "error",
    });
  }
  return issues;
}

export function checkerStats() {
  return { cueChecks, lineCache: lineCache.stats() };
}
