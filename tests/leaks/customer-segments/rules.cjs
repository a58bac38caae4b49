"use strict";

/**
 * Segment rules as the marketing team writes them ("orders >= 3 and country = 'NL'"), compiled to
 * a JavaScript predicate. Literals become parameters, so "spent > 100" and "spent > 250" share one
 * compiled function: the cache is keyed by the rule's shape ("spent > ?").
 */

class RuleError extends Error {
  constructor(message) {
    super(message);
    this.status = 400;
  }
}

const FIELDS = new Set(["orders", "spent", "country", "tier", "days_since_order", "newsletter"]);
const OPERATORS = { "=": "===", "!=": "!==", "<": "<", "<=": "<=", ">": ">", ">=": ">=" };
const WORDS = { and: "&&", or: "||", not: "!" };
const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|'([^']*)'|(>=|<=|!=|=|<|>)|([()])|([a-z_]+))/gy;

const compiledRules = new Map();

function tokenize(rule) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < rule.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(rule);
    if (!m) {
      if (rule.slice(start).trim() === "") break;
      throw new RuleError(`unexpected input at ${start}: ${rule.slice(start, start + 10)}`);
    }
    if (m[1] !== undefined) tokens.push({ kind: "literal", value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: "literal", value: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: "op", value: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "paren", value: m[4] });
    else tokens.push({ kind: "word", value: m[5] });
  }
  return tokens;
}

/** The rule as JavaScript over `c` (the customer) and `$` (the literals), and its shape. */
function translate(rule) {
  const params = [];
  const js = [];
  const shape = [];
  for (const token of tokenize(rule)) {
    if (token.kind === "literal") {
      js.push(`$[${params.length}]`);
      params.push(token.value);
      shape.push("?");
    } else if (token.kind === "op") {
      js.push(OPERATORS[token.value]);
      shape.push(token.value);
    } else if (token.kind === "paren") {
      js.push(token.value);
      shape.push(token.value);
    } else if (token.value in WORDS) {
      js.push(WORDS[token.value]);
      shape.push(token.value);
    } else if (FIELDS.has(token.value)) {
      js.push(`c.${token.value}`);
      shape.push(token.value);
    } else {
      throw new RuleError(`unknown field ${token.value}`);
    }
  }
  if (js.length === 0) throw new RuleError("empty rule");
  return { source: js.join(" "), shape: shape.join(" "), params };
}

function compile(rule) {
  const { source, shape, params } = translate(rule);
  let predicate = compiledRules.get(shape);
  if (!predicate) {
    try {
      predicate = new Function("c", "$", `"use strict"; return (${source});`);
    } catch {
      throw new RuleError(`cannot parse rule: ${rule}`);
    }
    compiledRules.set(rule, predicate);
  }
  return (customer) => predicate(customer, params) === true;
}

function compiledCount() {
  return compiledRules.size;
}

module.exports = { RuleError, compile, compiledCount };
