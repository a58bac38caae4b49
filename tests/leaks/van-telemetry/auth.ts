import passport from "passport";
import { Strategy as BearerStrategy } from "passport-http-bearer";
import type { NextFunction, Request, Response } from "express";

// API tokens: one per van's telematics box, and the planners' tokens. Issued by the ops team.
interface TokenInfo {
  principal: string;
  kind: "van" | "planner";
  scope: string[];
}
const TOKENS = new Map<string, TokenInfo>([
  ["vt_9f2c61d0e4a8", { principal: "VAN-07", kind: "van", scope: ["telemetry:write"] }],
  ["vt_41b7e90c2d3f", { principal: "VAN-12", kind: "van", scope: ["telemetry:write"] }],
  ["pl_5e3a0c9b7f12", { principal: "planner:ruth", kind: "planner", scope: ["telemetry:read"] }],
]);

type BearerDone = (
  err: unknown,
  user?: { id: string; kind: string } | false,
  info?: unknown,
) => void;

passport.use(
  new BearerStrategy((token: string, done: BearerDone) => {
    const info = TOKENS.get(token);
    if (!info) return done(null, false);
    return done(null, { id: info.principal, kind: info.kind }, { scope: info.scope, token });
  }),
);

type BearerInfo = { scope: string[]; token: string };
type InfoDone = (err: unknown, info?: unknown) => void;

export const authStats = { authenticated: 0, forbidden: 0 };

/**
 * Route guard: a bearer token whose scope holds `scope`. The auth info passed on to the
 * handlers gets the route and the time of the check, for the audit trail.
 */
export function requireToken(scope: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const checkedAt = new Date().toISOString();
    const addAuditFields = (request: Request, info: BearerInfo, done: InfoDone) => {
      done(null, {
        scope: info.scope,
        tokenHint: info.token.slice(0, 6) + "…",
        route: `${req.method} ${req.baseUrl}${req.path}`,
        checkedAt,
        ip: request.ip,
      });
    };
    passport.transformAuthInfo(addAuditFields);
    passport.authenticate("bearer", { session: false })(req, res, (err?: unknown) => {
      if (err) return next(err);
      const info = req.authInfo as { scope: string[] } | undefined;
      if (!info?.scope.includes(scope)) {
        authStats.forbidden++;
        return res.status(403).json({ error: `needs ${scope}` });
      }
      authStats.authenticated++;
      next();
    });
  };
}
