"use strict";

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

class CompiledTemplate {
  constructor(source) {
    this.source = source;
    this.parts = [];
    let last = 0;
    for (const match of source.matchAll(PLACEHOLDER)) {
      this.parts.push({ text: source.slice(last, match.index) });
      this.parts.push({ path: match[1].split(".") });
      last = match.index + match[0].length;
    }
    this.parts.push({ text: source.slice(last) });
  }

  render(vars) {
    return this.parts.map((part) => {
      if (part.text !== undefined) return part.text;
      const value = part.path.reduce((obj, key) => (obj == null ? undefined : obj[key]), vars);
      return value == null ? "" : String(value);
    }).join("");
  }
}

module.exports = { CompiledTemplate };
