/**
 * The answer key in scenario-6/README.md names `file:line` followed by the code on that line;
 * this keeps those line numbers true when either server file changes.
 */

import { assert } from "../support/assert.ts";

const DIR = new URL("../../scenario-6/", import.meta.url);

Deno.test("scenario-6 README answer key: every `file:line` points at the code it quotes", async () => {
  const readme = await Deno.readTextFile(new URL("README.md", DIR));
  const files = new Map<string, string[]>();
  for (const name of ["app.ts", "app_fixed.ts"]) {
    files.set(name, (await Deno.readTextFile(new URL(name, DIR))).split("\n"));
  }
  const references = [...readme.matchAll(/`(app(?:_fixed)?\.ts):(\d+)` `([^`]+)`/g)];
  const problems: string[] = [];
  for (const [, file, line, quoted] of references) {
    const text = files.get(file)![Number(line) - 1] ?? "";
    if (!text.includes(quoted)) {
      problems.push(
        `${file}:${line} is ${JSON.stringify(text.trim())}, README quotes ${
          JSON.stringify(quoted)
        }`,
      );
    }
  }
  assert(problems.length === 0, `stale answer key:\n${problems.join("\n")}`);
  // The five causes: the app.ts line where each grows is cited.
  const quotedInApp = references.filter(([, file]) => file === "app.ts").map(([, , , q]) => q);
  for (
    const code of [
      "messageHistory.push",
      "userSessions.set",
      "setInterval",
      "connectionDurations.push",
      "messageBuffer.push",
    ]
  ) {
    assert(
      quotedInApp.some((q) => q.includes(code)),
      `answer key cites the app.ts line with ${code}`,
    );
  }
  assert(
    references.filter(([, file]) => file === "app_fixed.ts").length >= 5,
    "a fix line for each cause",
  );
});
