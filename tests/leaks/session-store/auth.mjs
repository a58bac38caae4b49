import { scryptSync, timingSafeEqual } from "node:crypto";
import { cookie, sendJson } from "./http_util.mjs";
import { createSession, destroySession, touchSession } from "./sessions.mjs";

const SALT = "d3f1b2";
const hash = (password) => scryptSync(password, SALT, 32, { N: 1024 });

// Seed accounts for the staging environment.
const USERS = new Map([
  ["alice", { id: "u-1001", roles: ["admin", "billing"], passwordHash: hash("correct horse") }],
  ["bob", { id: "u-1002", roles: ["support"], passwordHash: hash("battery staple") }],
]);

export function handleLogin(req, res, body) {
  const user = USERS.get(String(body.username ?? "").toLowerCase());
  const given = hash(String(body.password ?? ""));
  if (!user || !timingSafeEqual(given, user.passwordHash)) {
    return sendJson(res, 401, { error: "invalid credentials" });
  }
  const session = createSession(user, {
    ip: req.socket.remoteAddress,
    userAgent: req.headers["user-agent"] ?? "unknown",
  });
  sendJson(res, 200, { userId: user.id, csrfToken: session.csrfToken }, {
    "set-cookie": `sid=${session.id}; HttpOnly; SameSite=Lax; Path=/`,
  });
}

export function handleMe(req, res) {
  const session = touchSession(cookie(req, "sid"));
  if (!session) return sendJson(res, 401, { error: "not signed in" });
  sendJson(res, 200, { userId: session.userId, roles: session.roles });
}

export function handleLogout(req, res) {
  const id = cookie(req, "sid");
  if (id) destroySession(id);
  res.writeHead(204, { "set-cookie": "sid=; Max-Age=0; Path=/" }).end();
}
