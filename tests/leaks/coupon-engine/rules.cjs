"use strict";

/**
 * Campaign eligibility rules ("total > 50 and items >= 2") compiled to predicates. Literals are
 * parameters, so every "total > N" rule shares one compiled function, cached by shape.
 */
class RuleError extends Error {
  constructor(message) {
    super(message);
    this.status = 400;
  }
}

const FIELDS = new Set(["total", "items", "country", "first_order"]);
const OPS = { "=": "===", "!=": "!==", "<": "<", "<=": "<=", ">": ">", ">=": ">=" };
const WORDS = { and: "&&", or: "||", not: "!" };
const MAX_SHAPES = 100;

const byShape = new Map();

function translate(rule) {
  const params = [];
  const js = [];
  const shape = [];
  const parts = rule.match(/\d+(?:\.\d+)?|'[^']*'|>=|<=|!=|[=<>()]|[a-z_]+|\S/g) ?? [];
  for (const part of parts) {
    if (/^\d/.test(part) || part.startsWith("'")) {
      js.push(`$[${params.length}]`);
      params.push(part.startsWith("'") ? part.slice(1, -1) : Number(part));
      shape.push("?");
    } else if (part in OPS) {
      js.push(OPS[part]);
      shape.push(part);
    } else if (part in WORDS) {
      js.push(WORDS[part]);
      shape.push(part);
    } else if (part === "(" || part === ")") {
      js.push(part);
      shape.push(part);
    } else if (FIELDS.has(part)) {
      js.push(`b.${part}`);
      shape.push(part);
    } else {
      throw new RuleError(`unexpected ${part}`);
    }
  }
  if (!js.length) throw new RuleError("empty rule");
  return { source: js.join(" "), shape: shape.join(" "), params };
}

function compile(rule) {
  const { source, shape, params } = translate(rule);
  let predicate = byShape.get(shape);
  if (!predicate) {
    try {
      predicate = new Function("b", "$", `"use strict"; return (${source});`);
    } catch {
      throw new RuleError(`cannot parse ${rule}`);
    }
    byShape.set(shape, predicate);
    if (byShape.size > MAX_SHAPES) byShape.delete(byShape.keys().next().value);
  }
  return (basket) => predicate(basket, params) === true;
}

module.exports = { RuleError, compile };
