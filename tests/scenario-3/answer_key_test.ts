/**
 * The answer key in scenario-3/README.md names `file:line` followed by the code on that line;
 * this keeps those line numbers true when a server file changes.
 */

import { assert } from "../support/assert.ts";

const DIR = new URL("../../scenario-3/", import.meta.url);

Deno.test("scenario-3 README answer key: every `file:line` points at the code it quotes", async () => {
  const readme = await Deno.readTextFile(new URL("README.md", DIR));
  const files = new Map<string, string[]>();
  for (const name of ["app.ts", "app_fixed.ts"]) {
    files.set(name, (await Deno.readTextFile(new URL(name, DIR))).split("\n"));
  }
  const references = [...readme.matchAll(/`(app(?:_fixed)?\.ts):(\d+)`\s+`([^`]+)`/g)];
  const problems: string[] = [];
  for (const [, file, line, quoted] of references) {
    const text = files.get(file)![Number(line) - 1] ?? "";
    if (!text.includes(quoted)) {
      problems.push(`${file}:${line} is ${JSON.stringify(text.trim())}, README quotes ${quoted}`);
    }
  }
  assert(problems.length === 0, `stale answer key:\n${problems.join("\n")}`);
  const quoted = references.map(([, file, , q]) => `${file} ${q}`);
  for (const code of ["app.ts reserveStock(order.items);", 'app.ts await db.put("orders"']) {
    assert(quoted.some((q) => q.includes(code)), `answer key cites ${code}`);
  }
  assert(references.length >= 7, `${references.length} references`);
});

Deno.test("scenario-3 Node build: the same code at the lines the README gives", async () => {
  const readme = await Deno.readTextFile(new URL("README.md", DIR));
  const node = (await Deno.readTextFile(new URL("node/app.mjs", DIR))).split("\n");
  const [, ...lines] = /`node\/app\.mjs:(\d+)`, `:(\d+)`, `:(\d+)`, `:(\d+)`/.exec(readme) ?? [];
  assert(lines.length === 4, "README gives the Node lines");
  const expected = [
    'await db.get("orders"',
    "await unitPrice(sku)",
    'await db.put("orders"',
    "reserveStock(order.items);",
  ];
  lines.forEach((n, i) => assert(node[Number(n) - 1].includes(expected[i]), `node/app.mjs:${n}`));
});
