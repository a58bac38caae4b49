/** Broadcast subtitle rules (house style, after the BBC and Netflix timed-text guides). */
export const RULES = {
  maxLineChars: 37,
  maxLines: 2,
  maxCharsPerSecond: 17,
  minDurationMs: 833,
  maxDurationMs: 7000,
};

/** Words our checker flags with the fix the style guide wants. */
export const HOUSE_STYLE: Record<string, string> = {
  latter: "later",
  alright: "all right",
  okay: "OK",
  gonna: "going to",
  wanna: "want to",
  "tv": "TV",
  "mr.": "Mr",
  "mrs.": "Mrs",
  "dr.": "Dr",
};

export interface Cue {
  start?: string;
  end?: string;
  text: string;
}

export interface Issue {
  rule: string;
  message: string;
  severity: "error" | "warning";
  fix?: string;
}

export interface LineCheck {
  text: string;
  lines: number;
  longestLine: number;
  words: number;
  issues: Issue[];
  checkedAt: string;
}

export function parseTimecode(tc: string | undefined): number | undefined {
  const m = tc && /^(\d\d):(\d\d):(\d\d)[,.](\d{3})$/.exec(tc);
  if (!m) return undefined;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

/** Checks what depends on the text alone (line length, house style); cacheable by text. */
export function checkText(text: string): LineCheck {
  const lines = text.split("\n");
  const issues: Issue[] = [];
  const longest = Math.max(...lines.map((l) => l.length));
  if (lines.length > RULES.maxLines) {
    issues.push({
      rule: "max-lines",
      message: `${lines.length} lines; at most ${RULES.maxLines}`,
      severity: "error",
    });
  }
  if (longest > RULES.maxLineChars) {
    issues.push({
      rule: "line-length",
      message: `line of ${longest} characters; at most ${RULES.maxLineChars}`,
      severity: "error",
      fix: breakLine(text),
    });
  }
  const words = text.split(/\s+/).filter(Boolean);
  for (const w of words) {
    const bare = w.toLowerCase().replace(/[,!?;:"]+$/g, "");
    const fix = HOUSE_STYLE[bare];
    if (fix) {
      issues.push({
        rule: "house-style",
        message: `"${w}" should be "${fix}"`,
        severity: "warning",
        fix: text.replace(w, fix),
      });
    }
  }
  if (/\s{2,}/.test(text)) {
    issues.push({ rule: "spacing", message: "double space", severity: "warning" });
  }
  return {
    text,
    lines: lines.length,
    longestLine: longest,
    words: words.length,
    issues,
    checkedAt: new Date().toISOString(),
  };
}

function breakLine(text: string): string {
  const flat = text.replace(/\n/g, " ");
  const mid = flat.length / 2;
  let best = -1;
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] === " " && (best === -1 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  }
  return best === -1 ? flat : `${flat.slice(0, best)}\n${flat.slice(best + 1)}`;
}
