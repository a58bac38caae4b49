import { composeReminder, queuedReminders, type ReminderRequest } from "./reminders.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function valid(body: Partial<ReminderRequest>): body is ReminderRequest {
  return typeof body.invoice === "string" && typeof body.customer?.name === "string" &&
    typeof body.customer?.email === "string" && Number.isInteger(body.amountCents) &&
    /^[A-Z]{3}$/.test(body.currency ?? "") && !Number.isNaN(Date.parse(body.dueAt ?? ""));
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "POST" && url.pathname === "/reminders") {
    let body: Partial<ReminderRequest>;
    try {
      body = await req.json();
    } catch {
      return Response.json({ error: "invalid JSON" }, { status: 400 });
    }
    if (!valid(body)) return Response.json({ error: "incomplete reminder" }, { status: 422 });
    return Response.json(composeReminder(body), { status: 201 });
  }

  if (req.method === "GET" && url.pathname === "/reminders/queued") {
    return Response.json(queuedReminders());
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
