import { allow, trackedVoters } from "./limiter.ts";
import {
  ask,
  getPoll,
  moderate,
  PollError,
  polls,
  results,
  undoModeration,
  vote,
} from "./polls.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8450;

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    const b = await req.json();
    return b && typeof b === "object" ? b : {};
  } catch {
    throw new PollError(400, "body must be JSON");
  }
}

function text(value: unknown, name: string, max = 80): string {
  if (typeof value !== "string" || value.length === 0 || value.length > max) {
    throw new PollError(400, `${name} is required`);
  }
  return value;
}

async function handle(req: Request, url: URL): Promise<Response> {
  const m = /^\/polls\/([\w-]+)(?:\/(votes|questions|results|moderation(?:\/undo)?))?$/.exec(
    url.pathname,
  );
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const p = getPoll(m[1]);
  const part = m[2];

  if (part === "votes" && req.method === "POST") {
    const b = await body(req);
    const voter = text(b.voter, "voter");
    if (!allow(voter)) return Response.json({ error: "slow down" }, { status: 429 });
    vote(p, voter, text(b.option, "option", 4));
    return Response.json({ ok: true }, { status: 201 });
  }
  if (part === "questions" && req.method === "POST") {
    const b = await body(req);
    const q = ask(p, text(b.from, "from"), text(b.text, "text", 280));
    return Response.json({ id: q.id }, { status: 201 });
  }
  if (part === "moderation" && req.method === "POST") {
    const b = await body(req);
    const by = text(b.moderator, "moderator");
    const action = b.action === "show" ? "show" : "hide";
    const target = b.question === "latest" ? p.questions.at(-1)?.id : Number(b.question);
    if (!target) throw new PollError(404, "no such question");
    moderate(p, by, action, target);
    return Response.json({ ok: true, question: target, action });
  }
  if (part === "moderation/undo" && req.method === "POST") {
    const step = undoModeration(p);
    return step
      ? Response.json({ undone: step.action, question: step.questionId })
      : Response.json({ error: "nothing to undo" }, { status: 409 });
  }
  if ((part === "results" || part === undefined) && req.method === "GET") {
    return Response.json(results(p));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`audience-polls on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") {
    return Response.json({ ok: true, polls: polls.size, trackedVoters: trackedVoters() });
  }
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof PollError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
