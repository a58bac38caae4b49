import passport from "passport";
import { Strategy as LocalStrategy } from "passport-local";
import { jwtVerify, SignJWT } from "jose";

// Members' passwords would live in the members database; a PBKDF2 hash per member here.
interface Member {
  id: string;
  username: string;
  name: string;
  tier: string;
  salt: Uint8Array<ArrayBuffer>;
  hash: string;
}

type LocalDone = (err: unknown, member?: Member | false, info?: { message: string }) => void;

const SESSION_KEY = new TextEncoder().encode("member-portal-dev-session-key-change-me");
const MAX_FAILURES = 5;

async function pbkdf2(password: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(password),
    "PBKDF2",
    false,
    [
      "deriveBits",
    ],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations: 1_000 },
    key,
    256,
  );
  return btoa(String.fromCharCode(...new Uint8Array(bits)));
}

const members = new Map<string, Member>();
for (
  const [id, username, name, tier, password] of [
    ["m-1042", "ines", "Ines Duarte", "gold", "pa55-Lisboa"],
    ["m-2210", "tomasz", "Tomasz Nowak", "silver", "Gdansk!1987"],
  ]
) {
  const salt = new TextEncoder().encode(`salt:${id}`);
  members.set(username, { id, username, name, tier, salt, hash: await pbkdf2(password, salt) });
}

/** Consecutive failed logins per username; a successful login clears the count. */
const failures = new Map<string, number>();

passport.use(
  new LocalStrategy((username: string, password: string, done: LocalDone) => {
    const member = members.get(username);
    if (!member) return done(null, false, { message: "unknown member" });
    if ((failures.get(username) ?? 0) >= MAX_FAILURES) {
      return done(null, false, { message: "locked, ask the front desk" });
    }
    pbkdf2(password, member.salt).then((hash) => {
      if (hash !== member.hash) {
        failures.set(username, (failures.get(username) ?? 0) + 1);
        return done(null, false, { message: "wrong password" });
      }
      failures.delete(username);
      done(null, member);
    }, done);
  }),
);

export function issueSession(member: Member): Promise<string> {
  return new SignJWT({ name: member.name, tier: member.tier })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(member.id)
    .setIssuedAt()
    .setExpirationTime("15m")
    .sign(SESSION_KEY);
}

export async function readSession(token: string | undefined) {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, SESSION_KEY, { algorithms: ["HS256"] });
    return { id: String(payload.sub), name: String(payload.name), tier: String(payload.tier) };
  } catch {
    return null;
  }
}

export type { Member };
export const lockedMembers = () =>
  [...failures].filter(([, n]) => n >= MAX_FAILURES).map(([u]) => u);
