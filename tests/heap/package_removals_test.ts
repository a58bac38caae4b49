/**
 * A package's removal on an object of its own making, in a function only the package calls, is
 * no removal of a holder the program fills; one the program calls, or one through `this`, is.
 */

import { packageInternalRemoval } from "../../heap/analysis/suspect_statements.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assertEquals } from "../support/assert.ts";

const locale = `export function createConfiguration(strict) {
  const configuration = base(strict);
  configuration.refiners = configuration.refiners.filter((r) => !r.weekday);
  return configuration;
}
export function removeRefiner(parser, refiner) {
  parser.refiners = parser.refiners.filter((r) => r !== refiner);
}
Parser.prototype.reset = function () {
  this.refiners = this.refiners.filter((r) => r.builtIn);
};
`;
const de = `import { createConfiguration } from "../ja/index.js";
export const casual = new Chrono(createConfiguration(false));
`;
const app = `const parser = chrono.casual.clone();
parser.refiners.push({ refine });
chrono.removeRefiner(parser, old);
`;
const sources: [string, string][] = [
  ["file:///p/node_modules/chrono/ja/index.js", locale],
  ["file:///p/node_modules/chrono/de/index.js", de],
  ["file:///p/intake.cjs", app],
];
const at = (line: number) => ({
  location: sourceLocation(sources[0][0], line, 3),
  text: locale.split("\n")[line - 1].trim(),
});
const added = sourceLocation("file:///p/intake.cjs", 2, 1);

Deno.test("a package's removal that only the package calls is not the program's holder's", () => {
  assertEquals(packageInternalRemoval(sources, at(3), added), true);
  // The program calls it: it may well take the program's entries out.
  assertEquals(packageInternalRemoval(sources, at(7), added), false);
  // Through `this`: a method of the object the program holds.
  assertEquals(packageInternalRemoval(sources, at(10), added), false);
  // A holder the package itself fills: its own removals are its business.
  assertEquals(packageInternalRemoval(sources, at(3), sourceLocation(sources[1][0], 2, 1)), false);
});
