import {
  closeConversation,
  conversationStats,
  findConversation,
  openConversation,
  participantsOf,
} from "./conversations.ts";
import { startTyping, stopTyping, typingCount, whoIsTyping } from "./typing.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8944;

const MAX_PREVIEW = 160;

type Body = Record<string, string | undefined>;

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/conversations" && req.method === "POST") {
    const body = await req.json() as Body;
    if (!body.id || !body.customer) {
      return Response.json({ error: "id and customer" }, { status: 422 });
    }
    if (findConversation(body.id)) return Response.json({ error: "exists" }, { status: 409 });
    const c = openConversation(body.id, body.customer, body.topic ?? "general");
    return Response.json({ id: c.id, agent: c.agent }, { status: 201 });
  }

  const m = /^\/conversations\/([\w-]+)(?:\/(typing|messages|close))?$/.exec(url.pathname);
  const conversation = m ? findConversation(m[1]) : undefined;
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  if (!conversation) return Response.json({ error: "no open conversation" }, { status: 404 });

  if (!m[2] && req.method === "GET") {
    return Response.json({
      id: conversation.id,
      agent: conversation.agent,
      messages: conversation.messages.slice(-20),
      typing: whoIsTyping(conversation.id, participantsOf(conversation)).map((t) => ({
        participant: t.participant,
        preview: t.role === "customer" ? t.preview : undefined,
      })),
    });
  }
  if (m[2] === "typing" && req.method === "POST") {
    const body = await req.json() as Body;
    const who = body.from ?? "";
    if (!participantsOf(conversation).includes(who)) {
      return Response.json({ error: "not a participant" }, { status: 403 });
    }
    const role = who === conversation.customer ? "customer" : "agent";
    const preview = (body.draft ?? "").slice(0, MAX_PREVIEW);
    startTyping(conversation.id, who, role, preview, req.headers.get("user-agent") ?? "unknown");
    return new Response(null, { status: 204 });
  }
  if (m[2] === "messages" && req.method === "POST") {
    const body = await req.json() as Body;
    const who = body.from ?? "";
    if (!participantsOf(conversation).includes(who) || !body.text) {
      return Response.json({ error: "from (a participant) and text" }, { status: 422 });
    }
    const role = who === conversation.customer ? "customer" : "agent";
    conversation.messages.push({ from: who, role, text: body.text, at: Date.now() });
    stopTyping(conversation.id, who);
    return Response.json({ count: conversation.messages.length }, { status: 201 });
  }
  if (m[2] === "close" && req.method === "POST") {
    closeConversation(conversation);
    return Response.json({ closed: conversation.id });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`helpdesk-chat on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stats") {
    return Response.json({ ...conversationStats(), typing: typingCount() });
  }
  return handle(req, url).catch((err) =>
    Response.json({ error: String(err?.message ?? err) }, { status: 500 })
  );
});
