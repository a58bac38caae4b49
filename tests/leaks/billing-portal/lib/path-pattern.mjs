// Route patterns ("/invoices/:invoiceId") compiled to regular expressions. Patterns come from
// the route table, a fixed set known at startup, so a compiled pattern is kept for the life of
// the process and every later request reuses it.

const compiledPatterns = new Map();

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function joinPaths(base, path) {
  if (!base || base === "/") return path || "/";
  if (!path || path === "/") return base;
  return `${base.replace(/\/$/, "")}/${path.replace(/^\//, "")}`;
}

/**
 * `end: false` matches a prefix (for mounted routers): "/accounts/:accountId" matches
 * "/accounts/acc-1/invoices" up to the segment boundary.
 */
export function compilePattern(pattern, { end = true } = {}) {
  const cacheKey = `${end ? "route" : "prefix"} ${pattern}`;
  let compiled = compiledPatterns.get(cacheKey);
  if (compiled) return compiled;
  const keys = [];
  const source = pattern
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) {
        keys.push(segment.slice(1));
        return "([^/]+)";
      }
      return escapeRegExp(segment);
    })
    .join("/");
  compiled = {
    pattern,
    keys,
    regexp: new RegExp(`^${source === "" ? "" : source}${end ? "/?$" : "(?=/|$)"}`),
  };
  compiledPatterns.set(cacheKey, compiled);
  return compiled;
}

export function matchPattern(compiled, path) {
  const m = compiled.regexp.exec(path);
  if (!m) return null;
  const params = {};
  compiled.keys.forEach((key, i) => {
    params[key] = decodeURIComponent(m[i + 1]);
  });
  return { matched: m[0], params };
}

export function patternStats() {
  return { compiled: compiledPatterns.size };
}
