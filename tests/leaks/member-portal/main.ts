import polka from "polka";
import bodyParser from "body-parser";
import cookieParser from "cookie-parser";
import passport from "passport";
import type { IncomingMessage, ServerResponse } from "node:http";
import { issueSession, lockedMembers, type Member, readSession } from "./auth.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

type Req = IncomingMessage & { cookies: Record<string, string>; user?: Member; body?: unknown };

// "Recent sign-ins" on the account page: the club's last 50 sign-ins, shown per member.
const recentSignIns: { member: string; at: number; agent: string }[] = [];

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

polka()
  .use(cookieParser())
  .use(bodyParser.urlencoded({ extended: false, limit: "2kb" }))
  .use(passport.initialize())
  .get("/healthz", (_req: Req, res: ServerResponse) => send(res, 200, { ok: true }))
  .post("/login", (req: Req, res: ServerResponse) => {
    passport.authenticate(
      "local",
      { session: false },
      async (err: unknown, member: Member | false, info?: { message: string }) => {
        if (err) return send(res, 500, { error: "login failed" });
        if (!member) return send(res, 401, { error: info?.message ?? "login failed" });
        recentSignIns.push({
          member: member.id,
          at: Date.now(),
          agent: String(req.headers["user-agent"] ?? ""),
        });
        if (recentSignIns.length > 50) recentSignIns.splice(0, recentSignIns.length - 50);
        const token = await issueSession(member);
        send(res, 200, { member: member.id, name: member.name }, {
          "set-cookie": `portal_session=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=900`,
        });
      },
    )(req, res);
  })
  .get("/me", async (req: Req, res: ServerResponse) => {
    const session = await readSession(req.cookies.portal_session);
    if (!session) return send(res, 401, { error: "sign in first" });
    send(res, 200, session);
  })
  .get("/me/sign-ins", async (req: Req, res: ServerResponse) => {
    const session = await readSession(req.cookies.portal_session);
    if (!session) return send(res, 401, { error: "sign in first" });
    send(res, 200, recentSignIns.filter((s) => s.member === session.id).slice(-20));
  })
  .post("/logout", (_req: Req, res: ServerResponse) => {
    send(res, 200, { ok: true }, { "set-cookie": "portal_session=; Path=/; Max-Age=0" });
  })
  .get("/admin/locked", (_req: Req, res: ServerResponse) => send(res, 200, lockedMembers()))
  .listen(port, "127.0.0.1", () => console.log(`member-portal on http://127.0.0.1:${port}`));
