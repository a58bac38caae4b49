/**
 * The program's way in to a package's holder: its one call on its object of a method that
 * leads, through the package's own calls, to the package's add.
 */

import { programCallInto } from "../../heap/analysis/package_calls.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import type { SourceStatement } from "../../heap/report.ts";
import { assertEquals } from "../support/assert.ts";

const PKG = "file:///app/node_modules/validator/lib/core.js";
const core = `export class Validator {
  constructor() {
    this._cache = new Map();
  }
  compile(schema) {
    const env = this._addSchema(schema);
    return env.validate;
  }
  validateOnce(schema, data) {
    return this.compile(schema)(data);
  }
  _addSchema(schema) {
    const env = { schema, validate: build(schema) };
    this._cache.set(schema, env);
    return env;
  }
}
`;
const add: SourceStatement = {
  location: sourceLocation(PKG, 14, 5),
  text: "this._cache.set(schema, env);",
};

const program = (body: string): [string, string] => ["file:///app/forms.js", body];

Deno.test("the program's one call that reaches the package's add, two of the package's calls up", () => {
  const sources: [string, string][] = [
    [PKG, core],
    program(`import { Validator } from "validator";
const validator = new Validator();
export function check(form, data) {
  const schema = { type: "object", properties: form.fields };
  return validator.validateOnce(schema, data);
}
`),
  ];
  const found = programCallInto(sources, ["validator", "_cache"], add);
  assertEquals(found?.location.line, 5);
  assertEquals(found?.text, "return validator.validateOnce(schema, data);");
});

Deno.test("no way in: an unrelated method, two calls that reach it, or an add in the program", () => {
  const other = program(`const validator = new Validator();
validator.removeSchema(a);
`);
  assertEquals(programCallInto([[PKG, core], other], ["validator", "_cache"], add), undefined);
  const twice = program(`const validator = new Validator();
validator.compile(a);
validator.compile(b);
`);
  assertEquals(programCallInto([[PKG, core], twice], ["validator", "_cache"], add), undefined);
  const own: SourceStatement = { ...add, location: sourceLocation("file:///app/forms.js", 2, 1) };
  const once = program(`const validator = new Validator();
validator.compile(a);
`);
  assertEquals(programCallInto([[PKG, core], once], ["validator", "_cache"], own), undefined);
  assertEquals(
    programCallInto([[PKG, core], once], ["validator", "_cache"], add)?.location.line,
    2,
  );
});
