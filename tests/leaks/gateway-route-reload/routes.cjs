"use strict";

function compile(path) {
  const names = [];
  const source = path.replace(/:(\w+)/g, (_, name) => {
    names.push(name);
    return "([^/]+)";
  });
  return { re: new RegExp(`^${source}$`), names };
}

/** One configured route: a pattern and the upstream it forwards to, with that upstream's timeout. */
class Route {
  constructor(def, settings) {
    this.def = def;
    this.pattern = compile(def.path);
    this.upstream = def.upstream;
    this.applySettings(settings.current);
    settings.on("change", (next) => this.applySettings(next));
  }

  applySettings(config) {
    this.timeoutMs = config.timeouts[this.upstream] ?? config.defaultTimeoutMs;
    this.retries = config.retries?.[this.upstream] ?? 0;
  }

  match(method, pathname) {
    if (method !== this.def.method) return null;
    const m = this.pattern.re.exec(pathname);
    if (!m) return null;
    const params = {};
    this.pattern.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
    return params;
  }
}

/** The route table for the current settings (rebuilt whenever they change). */
function buildRouteTable(settings) {
  return settings.current.routes.map((def) => new Route(def, settings));
}

module.exports = { Route, buildRouteTable };
