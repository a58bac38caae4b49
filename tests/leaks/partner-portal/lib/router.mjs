// Routes and mounted routers, matched in order. Sub-routers are matched against the full path,
// with their patterns joined to the mount's pattern (not to the matched URL), so the compiled
// patterns stay the fixed set from the route table.

const compiled = new Map();

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function join(base, path) {
  if (!base) return path;
  if (path === "/") return base;
  return base.replace(/\/$/, "") + path;
}

function compile(pattern, prefix) {
  const key = `${prefix ? "P" : "R"}:${pattern}`;
  let entry = compiled.get(key);
  if (!entry) {
    const names = [];
    const body = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return "([^/]+)";
    });
    entry = { names, re: new RegExp(`^${body}${prefix ? "(?=/|$)" : "/?$"}`) };
    compiled.set(key, entry);
  }
  return entry;
}

function match(entry, path) {
  const m = entry.re.exec(path);
  if (!m) return null;
  return Object.fromEntries(entry.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
}

export class Router {
  #layers = [];

  on(method, pattern, handler) {
    this.#layers.push({ method, pattern, handler });
    return this;
  }

  mount(pattern, router) {
    this.#layers.push({ pattern, router });
    return this;
  }

  async dispatch(ctx, base = "") {
    for (const layer of this.#layers) {
      const pattern = join(base, layer.pattern);
      const params = match(compile(pattern, Boolean(layer.router)), ctx.path);
      if (!params) continue;
      if (layer.router) {
        Object.assign(ctx.params, params);
        if (await layer.router.dispatch(ctx, pattern)) return true;
        continue;
      }
      if (layer.method !== ctx.method) continue;
      Object.assign(ctx.params, params);
      await layer.handler(ctx);
      return true;
    }
    return false;
  }
}

export function compiledCount() {
  return compiled.size;
}
