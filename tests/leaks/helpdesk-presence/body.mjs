// Request bodies. Only JSON is parsed; anything else (form posts from old integrations, pings)
// is drained and treated as empty, so a handler never sees half-parsed input.
const MAX_BODY = 64 * 1024;

export async function readJson(req) {
  let raw = "";
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > MAX_BODY) throw Object.assign(new Error("body too large"), { status: 413 });
  }
  const type = String(req.headers["content-type"] ?? "");
  if (!type.startsWith("application/json") || raw.length === 0) return {};
  return JSON.parse(raw);
}

export function send(res, status, body) {
  if (status === 204) {
    res.writeHead(204);
    return res.end();
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
