import session from "express-session";

// The default in-memory store: fine for a single instance, or so the comment in the original
// pull request said. Sessions last a month so a visitor's cart survives a few days away.
export const sessionStore = new session.MemoryStore();

export const sessionMiddleware = session({
  name: "shop.sid",
  secret: process.env.SESSION_SECRET ?? "change-me-in-production",
  store: sessionStore,
  resave: false,
  saveUninitialized: false,
  rolling: false,
  cookie: {
    httpOnly: true,
    sameSite: "lax",
    maxAge: 30 * 24 * 60 * 60 * 1000,
  },
});

/** How many sessions the store holds (for the ops page). */
export function countSessions() {
  return new Promise((resolve, reject) => {
    sessionStore.length((err, n) => (err ? reject(err) : resolve(n)));
  });
}
