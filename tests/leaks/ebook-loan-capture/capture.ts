/** What support sees of one request in GET /debug/capture. */
export interface Captured {
  at: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  requestHeaders: Record<string, string>;
  requestBody: string;
  responseBody: string;
}

export interface CaptureSettings {
  enabled: boolean;
  /** How many requests to keep (the newest). */
  limit: number;
  /** Only paths starting with this. */
  prefix?: string;
}

const REDACTED = new Set(["authorization", "cookie", "x-api-key"]);
const BODY_CHARS = 1024;

/**
 * Support can switch on request capture for a while to see what a partner's app actually
 * sends. The newest `limit` requests are kept in a ring.
 */
export class RequestCapture {
  #entries: Captured[] = [];
  #next = 0;
  #limit = 0;
  #enabled = false;
  #prefix = "/";

  configure(settings: CaptureSettings) {
    if (settings.limit !== this.#limit) {
      this.#entries = [];
      this.#next = 0;
      this.#limit = settings.limit;
    }
    this.#enabled = settings.enabled;
    this.#prefix = settings.prefix ?? "/";
    return this.settings();
  }

  settings() {
    return { enabled: this.#enabled, limit: this.#limit, prefix: this.#prefix };
  }

  wants(path: string) {
    return this.#enabled && this.#limit > 0 && path.startsWith(this.#prefix) &&
      !path.startsWith("/debug/");
  }

  record(req: Request, requestBody: string, res: Response, responseBody: string, ms: number) {
    const headers: Record<string, string> = {};
    for (const [k, v] of req.headers) headers[k] = REDACTED.has(k) ? "[redacted]" : v;
    const entry: Captured = {
      at: new Date().toISOString(),
      method: req.method,
      path: new URL(req.url).pathname,
      status: res.status,
      ms: Math.round(ms * 10) / 10,
      requestHeaders: headers,
      requestBody: requestBody.slice(0, BODY_CHARS),
      responseBody: responseBody.slice(0, BODY_CHARS),
    };
    this.#entries[this.#next] = entry;
    this.#next++;
    if (this.#next === this.#limit) this.#next = 0;
  }

  /** Newest first. */
  list(): Captured[] {
    const older = this.#entries.slice(this.#next);
    const newer = this.#entries.slice(0, this.#next);
    return [...older, ...newer].reverse();
  }
}
