import { conversationSummary, findConversation } from "./conversations.ts";
import { flushReceipts, markRead, receiptStats } from "./receipts.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8843;

async function handle(req: Request, url: URL): Promise<Response> {
  const read = /^\/conversations\/([\w-]+)\/messages\/([\w-]+)\/read$/.exec(url.pathname);
  if (read && req.method === "POST") {
    if (!findConversation(read[1])) {
      return Response.json({ error: "no such conversation" }, { status: 404 });
    }
    const body = await req.json().catch(() => null) as { user?: string; device?: string } | null;
    if (!body?.user) return Response.json({ error: "user is required" }, { status: 400 });
    return Response.json(markRead(read[1], read[2], body.user, body.device ?? "unknown"), {
      status: 202,
    });
  }
  const conversation = /^\/conversations\/([\w-]+)$/.exec(url.pathname);
  if (conversation && req.method === "GET") {
    const summary = conversationSummary(conversation[1]);
    return summary
      ? Response.json(summary)
      : Response.json({ error: "no such conversation" }, { status: 404 });
  }
  if (url.pathname === "/internal/receipts") return Response.json(receiptStats());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.addSignalListener("SIGTERM", async () => {
  await flushReceipts();
  Deno.exit(0);
});

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`read-receipts on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
