export interface Activity {
  at: string;
  branch: string;
  kind: "hold" | "cancel" | "lookup";
  detail: string;
}

const PER_BRANCH = 100;

/** The "recent activity" panel on each branch's staff screen: the last 100 events. */
const recent = new Map<string, Activity[]>([
  ["centrum", []],
  ["noord", []],
  ["oost", []],
]);

export function record(branch: string, kind: Activity["kind"], detail: string) {
  const list = recent.get(branch);
  if (!list) return;
  list.push({ at: new Date().toISOString(), branch, kind, detail });
  if (list.length > PER_BRANCH) list.splice(0, list.length - PER_BRANCH);
}

export function recentActivity(branch: string, limit = 20): Activity[] {
  return (recent.get(branch) ?? []).slice(-limit).reverse();
}

export function isBranch(branch: string): boolean {
  return recent.has(branch);
}
