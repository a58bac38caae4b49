import { type AbsenceState, absentAt, decide, inbox, request } from "./absences.ts";
import { NoticeBoard } from "./notices.ts";
import { Score } from "./scores.ts";

const board = new NoticeBoard();
const DECISIONS: Record<string, AbsenceState> = {
  approve: "approved",
  decline: "declined",
  withdraw: "withdrawn",
};
const json = (body: unknown, status = 200) => Response.json(body, { status });

// deno-lint-ignore no-explicit-any
async function readBody(req: Request): Promise<any> {
  return await req.json().catch(() => ({}));
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [, section, id, action] = url.pathname.split("/");
  if (url.pathname === "/healthz") return json({ ok: true });

  if (section === "absences" && req.method === "POST" && !id) {
    const b = await readBody(req);
    if (!b.id || !b.singer || !b.rehearsal) return json({ error: "id, singer, rehearsal" }, 422);
    const voice = String(b.voice ?? "alto");
    const a = request({
      id: String(b.id),
      singer: String(b.singer),
      voice,
      rehearsal: String(b.rehearsal),
      reason: String(b.reason ?? ""),
    });
    return json({ id: a.id, state: a.state, waiting: inbox(voice).length }, 201);
  }
  if (section === "absences" && req.method === "POST" && DECISIONS[action]) {
    const result = decide(id, DECISIONS[action]);
    return typeof result === "string" ? json({ error: result }, 409) : json(result);
  }
  if (section === "rehearsals" && id) return json({ rehearsal: id, absent: absentAt(id) });

  if (section === "scores" && action === "part") {
    const score = Score.acquire(id);
    try {
      const voice = url.searchParams.get("voice") ?? "alto";
      const part = score.parts.find((p) => p.voice === voice);
      return part ? json({ title: score.title, ...part }) : json({ error: "no such voice" }, 404);
    } finally {
      score.release();
    }
  }

  if (section === "notices" && req.method === "POST") {
    const b = await readBody(req);
    if (id === "subscribe") {
      board.subscribe({
        device: String(b.device),
        singer: String(b.singer ?? ""),
        voices: Array.isArray(b.voices) ? b.voices.map(String) : [],
        since: new Date().toISOString(),
      });
      return json({ subscribers: board.size, recent: board.recent }, 201);
    }
    if (id === "unsubscribe") return json({ removed: board.unsubscribe(String(b.device)) });
    if (id === "post") return json({ reached: board.post(String(b.text ?? ""), b.voice) });
  }
  if (url.pathname === "/status") return json({ scoresOpen: Score.openCount, phones: board.size });
  return json({ error: "not found" }, 404);
}
