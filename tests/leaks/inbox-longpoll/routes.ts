import { deliver, type Message, unread } from "./mailbox.ts";
import { waitForMessage } from "./waiters.ts";

const MAX_WAIT_MS = 25_000;

export async function routes(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  // Long poll: answer at once when something is unread, else hold the request until a
  // message arrives or the client's timeout passes.
  if (url.pathname === "/inbox/wait" && req.method === "GET") {
    const user = url.searchParams.get("user") ?? "";
    if (!/^[\w.-]{1,64}$/.test(user)) return Response.json({ error: "bad user" }, { status: 400 });
    const timeout = Math.min(Number(url.searchParams.get("timeout")) || MAX_WAIT_MS, MAX_WAIT_MS);
    const pending = unread(user);
    if (pending.length > 0) return Response.json({ messages: pending });
    const message = await waitForMessage(user, timeout);
    return message ? Response.json({ messages: [message] }) : new Response(null, { status: 204 });
  }

  if (url.pathname === "/messages" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (typeof body?.to !== "string" || typeof body?.text !== "string") {
      return Response.json({ error: "to and text are required" }, { status: 400 });
    }
    const message: Message = {
      id: crypto.randomUUID(),
      from: String(body.from ?? "system"),
      to: body.to,
      text: body.text.slice(0, 2000),
      sentAt: new Date().toISOString(),
    };
    deliver(message);
    return Response.json({ id: message.id }, { status: 201 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}
