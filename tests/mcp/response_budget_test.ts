/**
 * The answer budget on its own: what it leaves alone, how it cuts long lines, long text and
 * long arrays (saying so), how it keeps a long argument from being quoted back whole, and that
 * it measures what goes on the wire (a control byte is six characters of JSON).
 */

import {
  ANSWER_BUDGET_CHARS,
  fitAnswer,
  jsonChars,
  LINE_CHARS,
} from "../../mcp/response_budget.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

const wire = (a: { text: string; structured?: unknown }) =>
  jsonChars(a.text) + jsonChars(a.structured);

Deno.test("budget: an answer that fits is left exactly as it was", () => {
  const answer = { text: "a\nb", structured: { xs: [1, 2, 3], s: "x".repeat(5000) } };
  const fitted = fitAnswer(answer, { path: "a.ts" });
  assertEquals([fitted.text, fitted.structured, fitted.cuts, fitted.fits], [
    answer.text,
    answer.structured,
    [],
    true,
  ]);
});

Deno.test("budget: a 1.9 MB line of control bytes comes back under the budget, cut and marked", () => {
  const line = "\u0001".repeat(1_900_000);
  const fitted = fitAnswer({ text: `file.js (lines 1-1 of 1)\n>1 | ${line}` }, {});
  assert(fitted.fits);
  assert(wire(fitted) <= ANSWER_BUDGET_CHARS, `${wire(fitted)} characters`);
  assertMatch(
    fitted.text,
    // deno-lint-ignore no-control-regex
    /^file\.js \(lines 1-1 of 1\)\n>1 \| \x01+…\[cut: 1,899,\d+ more characters\]/,
  );
  assertMatch(
    fitted.text,
    /\[Answer cut to fit 64 K characters: 1 line\(s\) over 1000 characters cut/,
  );
});

Deno.test("budget: long arrays in structured content are halved until it fits; keys are kept", () => {
  const suspects = Array.from(
    { length: 5000 },
    (_, i) => ({ rank: i + 1, name: `s${i}`, why: "x".repeat(40) }),
  );
  const structured = { files: { before: "a", after: "b" }, suspects, notes: ["n"] };
  const fitted = fitAnswer({ text: "5000 suspects", structured }, {});
  assert(fitted.fits && wire(fitted) <= ANSWER_BUDGET_CHARS, `${wire(fitted)}`);
  const s = fitted.structured!;
  assertEquals(Object.keys(s), ["files", "suspects", "notes"]);
  assert(s.suspects.length > 100 && s.suspects.length < 5000, `${s.suspects.length} kept`);
  assertEquals(s.suspects[0], suspects[0], "the first entries are kept as they were");
  assertMatch(
    fitted.text,
    new RegExp(`suspects shortened from 5000 to ${s.suspects.length} entries`),
  );
  assertEquals(suspects.length, 5000, "the handler's own array is not changed");
});

Deno.test("budget: long text is cut on a line boundary, leaving room for structured content", () => {
  const text = Array.from({ length: 20_000 }, (_, i) => `line ${i}`).join("\n");
  const fitted = fitAnswer({ text, structured: { n: 1 } }, {});
  assert(fitted.fits && wire(fitted) <= ANSWER_BUDGET_CHARS);
  assertMatch(fitted.text, /^line 0\nline 1\n/);
  assertMatch(fitted.text, /\nline \d+\n\[Answer cut .*text cut after \d+ of 20000 lines/);
  assert(fitted.text.split("\n").every((l) => l.length <= LINE_CHARS + 400));
});

Deno.test("budget: a long argument is quoted back by its first characters only, wherever it appears", () => {
  const target = "Z".repeat(5_000_000);
  const answer = {
    text: `No object matches ${target}. Looked for ${target} among classes.`,
    structured: { target, notes: [`no match for ${target}`] },
  };
  const fitted = fitAnswer(answer, { snapshot: "after", target });
  const quoted = `${"Z".repeat(64)}…[5,000,000 characters]`;
  assertEquals(fitted.structured, { target: quoted, notes: [`no match for ${quoted}`] });
  assertMatch(fitted.text, /^No object matches Z{64}…\[5,000,000 characters\]\. Looked for Z{64}…/);
  assert(wire(fitted) < 2000);
  // Short arguments are echoed as they are.
  const short = fitAnswer({ text: "label baseline" }, { label: "baseline" });
  assertEquals(short.text, "label baseline");
});

Deno.test("budget: a map of many keys (an endpoint's JSON) is halved too; small objects keep theirs", () => {
  const many = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${i}`, i]));
  const fitted = fitAnswer({ text: "stats", structured: { url: "u", stats: { many } } }, {});
  assert(fitted.fits && wire(fitted) <= ANSWER_BUDGET_CHARS, `${wire(fitted)}`);
  const kept = Object.keys(fitted.structured!.stats.many).length;
  assert(kept > 1000 && kept < 20_000, `${kept} keys kept`);
  assertEquals(fitted.structured!.url, "u");
  assertMatch(fitted.text, new RegExp(`stats\\.many shortened from 20000 to ${kept} entries`));
});
