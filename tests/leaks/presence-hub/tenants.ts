export interface Tenant {
  id: string;
  name: string;
  plan: "team" | "business" | "enterprise";
  maxDevicesPerUser: number;
}

const TENANTS = new Map<string, Tenant>([
  ["acme", { id: "acme", name: "Acme Corp", plan: "enterprise", maxDevicesPerUser: 8 }],
  ["globex", { id: "globex", name: "Globex", plan: "business", maxDevicesPerUser: 4 }],
  ["initech", { id: "initech", name: "Initech", plan: "team", maxDevicesPerUser: 2 }],
]);

export function findTenant(id: string): Tenant | undefined {
  return TENANTS.get(id);
}
