// Role-based access to project documents, with the decisions memoised for a few minutes so a
// page that fires a dozen requests does not walk the membership lists each time.

const DECISION_TTL_MS = 5 * 60 * 1000;

/** What each role may do to a document. */
export const POLICY = {
  owner: new Set(["read", "update", "export", "share", "delete"]),
  editor: new Set(["read", "update", "export"]),
  viewer: new Set(["read"]),
};

export function createAuthorizer(policy, memberships) {
  const decisions = new Map();

  function evaluate(principal, action, projectId) {
    const role = memberships.get(projectId)?.get(principal.userId);
    if (!role) return { allowed: false, role: null, action, reason: "not a member" };
    const allowed = policy[role]?.has(action) ?? false;
    return {
      allowed,
      role,
      action,
      reason: allowed ? `${role} may ${action}` : `${role} may not ${action}`,
    };
  }

  return function authorize(principal, req, action, projectId) {
    const key = `${principal.userId} ${req.method} ${req.url}`;
    const now = Date.now();
    const cached = decisions.get(key);
    if (cached && cached.expiresAt > now) return cached;
    const decision = {
      ...evaluate(principal, action, projectId),
      expiresAt: now + DECISION_TTL_MS,
    };
    decisions.set(key, decision);
    return decision;
  };
}
