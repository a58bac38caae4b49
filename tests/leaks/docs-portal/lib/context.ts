/** Everything a handler or middleware sees about one request. */
export class Context {
  readonly url: URL;
  readonly method: string;
  readonly startedAt = performance.now();
  params: Record<string, string> = {};
  state: Record<string, unknown> = {};
  responseHeaders = new Headers();

  constructor(readonly id: number, readonly req: Request, readonly remote: string) {
    this.url = new URL(req.url);
    this.method = req.method;
  }

  get path(): string {
    return this.url.pathname;
  }

  /** True when the client's cached copy (If-None-Match) is still the current one. */
  fresh(etag: string): boolean {
    const header = this.req.headers.get("if-none-match");
    if (!header) return false;
    return header.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
  }

  json(body: unknown, status = 200): Response {
    this.responseHeaders.set("content-type", "application/json; charset=utf-8");
    return new Response(JSON.stringify(body), { status, headers: this.responseHeaders });
  }

  html(body: string, status = 200): Response {
    this.responseHeaders.set("content-type", "text/html; charset=utf-8");
    return new Response(body, { status, headers: this.responseHeaders });
  }
}
