import { Emitter } from "./vendor/mitt-lite/mod.ts";

export interface Staff {
  id: string;
  name: string;
  team: string;
  roles: string[];
}

export interface RoleEvents extends Record<string, unknown> {
  "roles-changed": { staffId: string; roles: string[]; by: string };
}

export const ROLE_PERMISSIONS: Record<string, string[]> = {
  support: ["tickets:read", "tickets:reply", "customers:read", "orders:read"],
  refunds: ["orders:read", "refunds:create", "refunds:approve-small"],
  billing: ["invoices:read", "invoices:void", "customers:read", "payments:read"],
  supervisor: ["tickets:assign", "refunds:approve", "staff:read", "reports:read"],
  admin: ["staff:write", "roles:write", "settings:write"],
};

export const roleEvents = new Emitter<RoleEvents>();

const staff = new Map<string, Staff>([
  ["s-104", { id: "s-104", name: "Priya Shah", team: "Tier 2", roles: ["support"] }],
  ["s-221", { id: "s-221", name: "Tom Okafor", team: "Billing", roles: ["billing"] }],
  ["s-007", { id: "s-007", name: "Dana Whitlock", team: "Ops", roles: ["admin", "supervisor"] }],
]);

export function findStaff(id: string): Staff | undefined {
  return staff.get(id);
}

export function setRoles(id: string, roles: string[], by: string): Staff {
  const member = staff.get(id);
  if (!member) throw new Error(`no staff member ${id}`);
  const known = roles.filter((r) => r in ROLE_PERMISSIONS);
  member.roles = known;
  roleEvents.emit("roles-changed", { staffId: id, roles: known, by });
  return member;
}
