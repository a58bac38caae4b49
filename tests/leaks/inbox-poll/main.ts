import express, { type Request, type Response } from "express";
import { latestSeq, messagesFor, post } from "./mailbox.ts";
import { park, pollerStats, wake } from "./pollers.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const app = express();
app.disable("x-powered-by");
app.use(express.json({ limit: "32kb" }));

const USER = /^[a-z0-9][a-z0-9-]{0,62}$/;

app.get("/healthz", (_req: Request, res: Response) => {
  res.json({ ok: true });
});

app.post("/inbox/:user/messages", (req: Request, res: Response) => {
  const { user } = req.params;
  const { from, subject, body } = req.body ?? {};
  if (!USER.test(user) || typeof from !== "string" || typeof subject !== "string") {
    res.status(400).json({ error: "user, from and subject are required" });
    return;
  }
  const message = post(user, { from, subject, body: typeof body === "string" ? body : "" });
  wake(user, message);
  res.status(201).json({ seq: message.seq });
});

// Long poll: answers at once when there is something newer than `since`, otherwise waits.
app.get("/inbox/:user/poll", (req: Request, res: Response) => {
  const { user } = req.params;
  if (!USER.test(user)) {
    res.status(400).json({ error: "bad user" });
    return;
  }
  const since = req.query.since === undefined ? latestSeq() : Number(req.query.since);
  const waitMs = Math.min(30_000, Math.max(10, Number(req.query.wait ?? 25_000)));
  const ready = messagesFor(user, since);
  if (ready.length > 0) {
    res.set("x-next-since", String(ready[ready.length - 1].seq)).json({ messages: ready });
    return;
  }
  park(user, since, res, waitMs);
});

app.get("/inbox/:user/messages", (req: Request, res: Response) => {
  const since = Number(req.query.since ?? 0) || 0;
  res.json({ messages: messagesFor(req.params.user, since).slice(-50) });
});

app.get("/ops/pollers", (_req: Request, res: Response) => {
  res.json(pollerStats());
});

app.listen(port, "127.0.0.1", () => console.log(`inbox-poll on http://127.0.0.1:${port}`));
