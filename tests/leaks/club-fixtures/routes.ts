import { followers } from "./followers.ts";
import { clubhouse, findMatch, finish, goal, schedule } from "./matches.ts";

const MATCH = /^\/matches\/(M-[\w-]+)\/(follow|unfollow|goals|final)$/;

const json = (body: unknown, status = 200) => Response.json(body, { status });

export async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (req.method === "GET" && pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && pathname === "/clubhouse") return json(clubhouse());
  if (req.method !== "POST") return json({ error: "not found" }, 404);

  let body: Record<string, unknown>;
  try {
    body = await req.json();
  } catch {
    return json({ error: "invalid JSON" }, 400);
  }

  if (pathname === "/matches") {
    const { id, team, opponent, pitch, kickoff } = body;
    if (
      typeof id !== "string" || !/^M-[\w-]+$/.test(id) || typeof team !== "string" ||
      typeof opponent !== "string" || typeof pitch !== "string" || typeof kickoff !== "string"
    ) {
      return json({ error: "id, team, opponent, pitch and kickoff" }, 422);
    }
    const result = schedule({ id, team, opponent, pitch, kickoff });
    return typeof result === "string" ? json({ error: result }, 409) : json(result, 201);
  }

  const m = MATCH.exec(pathname);
  if (!m) return json({ error: "not found" }, 404);
  const match = findMatch(m[1]);
  if (!match) return json({ error: "no such match" }, 404);

  switch (m[2]) {
    case "follow":
      if (typeof body.member !== "string" || typeof body.push !== "string") {
        return json({ error: "member and push" }, 422);
      }
      return json(followers.follow(match.id, body.member, body.push), 201);
    case "unfollow":
      followers.unfollow(match.id, String(body.follower ?? ""));
      return json({ ok: true });
    case "goals": {
      const side = body.side === "away" ? "away" : "home";
      return json(goal(match, side, String(body.scorer ?? "?"), Number(body.minute) || 0), 201);
    }
    default:
      return json(finish(match));
  }
}
