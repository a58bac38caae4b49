"use strict";
// stache 0.4.1 — logic-less templates: {{name}}, {{money amount}}, {{date when}},
// {{#each rows}}…{{/each}}, {{#if flag}}…{{/if}}. Output is HTML-escaped. (MIT)

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function lookup(scope, path) {
  let value = scope;
  for (const key of path.split(".")) {
    if (key === "this") continue;
    value = value == null ? undefined : value[key];
  }
  return value;
}

function parse(source) {
  const root = { type: "root", children: [] };
  const stack = [root];
  const re = /\{\{\s*([#/]?)(\w+)(?:\s+([\w.]+))?\s*\}\}/g;
  let last = 0;
  let m;
  while ((m = re.exec(source))) {
    const top = stack[stack.length - 1];
    if (m.index > last) top.children.push({ type: "text", text: source.slice(last, m.index) });
    last = re.lastIndex;
    const [, sigil, word, arg] = m;
    if (sigil === "#") {
      const block = { type: word, path: arg, children: [] };
      top.children.push(block);
      stack.push(block);
    } else if (sigil === "/") {
      if (top.type !== word) throw new Error(`stache: {{/${word}}} closes {{#${top.type}}}`);
      stack.pop();
    } else if (arg) {
      top.children.push({ type: "helper", helper: word, path: arg });
    } else {
      top.children.push({ type: "var", path: word });
    }
  }
  if (last < source.length) {
    stack[stack.length - 1].children.push({ type: "text", text: source.slice(last) });
  }
  return root;
}

function compile(template) {
  const tree = parse(template.source);
  const helpers = {
    money: new Intl.NumberFormat(template.locale ?? "en-GB", {
      style: "currency",
      currency: template.currency ?? "GBP",
    }),
    date: new Intl.DateTimeFormat(template.locale ?? "en-GB", { dateStyle: "medium" }),
  };
  const renderNodes = (nodes, scope) => {
    let out = "";
    for (const node of nodes) {
      if (node.type === "text") out += node.text;
      else if (node.type === "var") out += escapeHtml(lookup(scope, node.path) ?? "");
      else if (node.type === "helper") {
        const value = lookup(scope, node.path);
        const fmt = helpers[node.helper];
        out += escapeHtml(
          fmt ? fmt.format(node.helper === "date" ? new Date(value) : value / 100) : value,
        );
      } else if (node.type === "each") {
        for (const item of lookup(scope, node.path) ?? []) out += renderNodes(node.children, item);
      } else if (node.type === "if") {
        if (lookup(scope, node.path)) out += renderNodes(node.children, scope);
      }
    }
    return out;
  };
  return (view) => renderNodes(tree.children, view);
}

/**
 * Renders templates, each compiled once: a template is an object `{source, locale?,
 * currency?}` and the compiled form is kept for as long as the engine lives.
 */
class Engine {
  #compiled = new Map();

  render(template, view) {
    let fn = this.#compiled.get(template);
    if (!fn) {
      fn = compile(template);
      this.#compiled.set(template, fn);
    }
    return fn(view);
  }
}

module.exports = { Engine, escapeHtml };
