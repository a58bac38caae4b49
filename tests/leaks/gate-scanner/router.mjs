/** A very small router: exact methods, `:param` segments, JSON helpers and one error shape. */

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function createRouter() {
  const routes = [];

  function add(method, pattern, handler) {
    const names = [];
    const source = pattern.replace(/:([a-zA-Z]+)/g, (_, name) => {
      names.push(name);
      return "([A-Za-z0-9_-]{1,64})";
    });
    routes.push({ method, regex: new RegExp(`^${source}$`), names, handler });
  }

  async function handle(req, res) {
    const url = new URL(req.url, "http://gate.local");
    try {
      for (const route of routes) {
        if (route.method !== req.method) continue;
        const match = route.regex.exec(url.pathname);
        if (!match) continue;
        const params = Object.fromEntries(route.names.map((name, n) => [name, match[n + 1]]));
        const body = req.method === "POST" ? await readJson(req) : undefined;
        const result = await route.handler({ req, res, params, query: url.searchParams, body });
        return send(res, result?.status ?? 200, result?.body ?? result);
      }
      send(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
    } catch (err) {
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      console.error(err);
      send(res, 500, { error: "internal error" });
    }
  }

  return { get: (p, h) => add("GET", p, h), post: (p, h) => add("POST", p, h), handle };
}

async function readJson(req) {
  let raw = "";
  req.setEncoding("utf8");
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 8_192) throw new HttpError(413, "body too large");
  }
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}
