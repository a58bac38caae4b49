import { fetchDocument } from "./documents.ts";
import {
  castVote,
  closeMotion,
  finishedSpeaking,
  FloorError,
  floorState,
  recordLevels,
  requestFloor,
  submitMotion,
} from "./floor.ts";
import { minutes } from "./minutes.ts";

type Handler = (params: string[], body: Record<string, unknown>) => Promise<Response> | Response;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

const GET: [RegExp, Handler][] = [
  [/^\/meetings\/([\w-]+)$/, ([meeting]) => {
    const view = minutes.view(meeting);
    return view ? json({ ...view, floor: floorState(meeting) }) : json({ error: "not found" }, 404);
  }],
  [/^\/documents\/([\w-]+)$/, async ([id]) => {
    const found = await fetchDocument(id);
    return found ? json(found) : json({ error: "no such document" }, 404);
  }],
];

const POST: [RegExp, Handler][] = [
  [/^\/meetings\/([\w-]+)\/speakers$/, ([m], body) => json(requestFloor(m, body), 201)],
  [/^\/meetings\/([\w-]+)\/speakers\/([\w-]+)\/done$/, ([m, r]) => json(finishedSpeaking(m, r))],
  [/^\/meetings\/([\w-]+)\/audio$/, ([m], body) => json(recordLevels(m, body), 202)],
  [/^\/meetings\/([\w-]+)\/motions$/, ([m], body) => json(submitMotion(m, body), 201)],
  [/^\/motions\/([\w-]+)\/votes$/, ([id], body) => json(castVote(id, body))],
  [/^\/motions\/([\w-]+)\/close$/, ([id]) => json(closeMotion(id))],
];

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  const table = req.method === "GET" ? GET : req.method === "POST" ? POST : [];
  for (const [pattern, handler] of table) {
    const m = pattern.exec(url.pathname);
    if (!m) continue;
    const body = req.method === "POST" ? await req.json().catch(() => ({})) : {};
    return await handler(m.slice(1), body);
  }
  return json({ error: "not found" }, 404);
}

export async function handle(req: Request): Promise<Response> {
  try {
    return await route(req, new URL(req.url));
  } catch (err) {
    if (err instanceof FloorError) return json({ error: err.message }, err.status);
    throw err;
  }
}
