import { addToDigest, digestStats, type Notification } from "./digests.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8877;

const KINDS = new Set(["comment", "mention", "assignment"]);

function emailFor(userId: string) {
  return `${userId}@team.example`;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`digest-mailer on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/digests/stats") return Response.json(digestStats());

  if (url.pathname === "/notifications" && req.method === "POST") {
    const body = await req.json() as Partial<Notification>;
    if (!body.userId || !body.kind || !KINDS.has(body.kind) || !body.title || !body.link) {
      return Response.json({ error: "userId, kind, title and link are required" }, {
        status: 422,
      });
    }
    const notification: Notification = {
      id: crypto.randomUUID(),
      userId: body.userId,
      kind: body.kind,
      title: body.title,
      link: body.link,
      at: Date.now(),
    };
    const queued = addToDigest(notification, emailFor(body.userId));
    return Response.json({ id: notification.id, queued }, { status: 202 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
