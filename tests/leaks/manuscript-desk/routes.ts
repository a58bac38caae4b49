import { editorialFeed } from "./activity.ts";
import {
  assign,
  decide,
  deskSummary,
  find,
  handOff,
  type Manuscript,
  submit,
} from "./manuscripts.ts";

const ACTION = /^\/manuscripts\/(MS-[\w-]+)\/(assign|decision|hand-off)$/;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function readJson(req: Request): Promise<Record<string, unknown> | null> {
  try {
    const body = await req.json();
    return body && typeof body === "object" ? body : null;
  } catch {
    return null;
  }
}

export async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (req.method === "GET" && pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && pathname === "/dashboard") {
    return json({ ...deskSummary(), activity: editorialFeed.latest(10) });
  }
  if (req.method !== "POST") return json({ error: "not found" }, 404);

  const body = await readJson(req);
  if (!body) return json({ error: "invalid JSON" }, 400);

  if (pathname === "/manuscripts") {
    const input = body as Partial<Omit<Manuscript, "stage" | "submittedAt">>;
    if (
      !/^MS-[\w-]+$/.test(input.id ?? "") || typeof input.title !== "string" ||
      typeof input.author?.name !== "string" || typeof input.imprint !== "string"
    ) {
      return json({ error: "id, title, author.name and imprint" }, 422);
    }
    const result = submit({
      id: input.id!,
      title: input.title,
      author: { name: input.author.name, agent: input.author.agent },
      imprint: input.imprint,
      words: Number(input.words) || 0,
    });
    return typeof result === "string" ? json({ error: result }, 409) : json(result, 201);
  }

  const m = ACTION.exec(pathname);
  if (!m) return json({ error: "not found" }, 404);
  const manuscript = find(m[1]);
  if (!manuscript) return json({ error: "not on the desk" }, 404);

  switch (m[2]) {
    case "assign":
      if (typeof body.editor !== "string") return json({ error: "editor" }, 422);
      return json(assign(manuscript, body.editor));
    case "decision":
      if (body.decision !== "accept" && body.decision !== "decline") {
        return json({ error: "decision: accept or decline" }, 422);
      }
      return json(decide(manuscript, body.decision === "accept", String(body.note ?? "")));
    default:
      if (manuscript.stage !== "accepted" && manuscript.stage !== "declined") {
        return json({ error: "no decision yet" }, 409);
      }
      handOff(manuscript);
      return json({ id: manuscript.id, handedOff: true });
  }
}
