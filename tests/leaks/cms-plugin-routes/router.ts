export type Params = Record<string, string | undefined>;
export type Handler = (req: Request, params: Params) => Response | Promise<Response>;

export interface Route {
  method: string;
  pattern: URLPattern;
  handler: Handler;
  plugin: string;
  version: string;
}

/** Routes contributed by plugins at runtime, on top of the CMS's own. */
export class Router {
  routes: Route[] = [];

  add(method: string, path: string, handler: Handler, owner: { plugin: string; version: string }) {
    this.routes.push({ method, pattern: new URLPattern({ pathname: path }), handler, ...owner });
  }

  removePlugin(plugin: string) {
    this.routes = this.routes.filter((r) => r.plugin !== plugin);
  }

  /** The latest registration wins, so an upgraded plugin takes over its own paths. */
  match(req: Request): { route: Route; params: Params } | undefined {
    for (let i = this.routes.length - 1; i >= 0; i--) {
      const route = this.routes[i];
      if (route.method !== req.method) continue;
      const hit = route.pattern.exec(req.url);
      if (hit) return { route, params: hit.pathname.groups };
    }
    return undefined;
  }
}
