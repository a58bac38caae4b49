import { bind, parse, type QueryPlan } from "./planner.ts";

/**
 * One report request's queries: a report runs the same statement per row group, so bound
 * plans are cached for the request. Open contexts are listed by /admin/queries so support can
 * see what is running.
 */
export class QueryContext {
  static open = new Map<string, QueryContext>();

  readonly plans = new Map<string, QueryPlan>();
  readonly startedAt = Date.now();
  rowsRead = 0;

  constructor(readonly id: string, readonly tenant: string) {
    QueryContext.open.set(this.id, this);
  }

  plan(sql: string, values: Record<string, string>): QueryPlan {
    const key = `${sql}\u0000${JSON.stringify(values)}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = bind(parse(sql), values);
      this.plans.set(key, plan);
    }
    return plan;
  }

  run(plan: QueryPlan, group: string): Record<string, string | number>[] {
    const rows = Array.from({ length: 4 }, (_, n) => ({
      group,
      line: n + 1,
      units: (group.length * 7 + n * 3) % 17,
      revenueCents: ((group.length * 131 + n * 977) % 5000) + 100,
    }));
    this.rowsRead += rows.length * plan.steps.length;
    return rows;
  }

  close(): void {
    QueryContext.open.delete(this.id);
  }

  static list() {
    return [...QueryContext.open.values()].map((c) => ({
      id: c.id,
      tenant: c.tenant,
      ms: Date.now() - c.startedAt,
      plans: c.plans.size,
    }));
  }
}
