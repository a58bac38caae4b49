// An in-process SQL store for the meter service: a tiny SELECT dialect, parsed once per
// statement text into a plan, run over in-memory tables after a round trip's latency.

export type Value = string | number | null;
export type Row = Record<string, Value>;
type Op = "=" | ">=" | "<=" | ">" | "<";

interface Condition {
  column: string;
  op: Op;
  /** Index into the query's params for a `?`, else the literal in the SQL. */
  param?: number;
  literal?: Value;
}

export interface QueryPlan {
  sql: string;
  table: string;
  columns: string[] | "*";
  where: Condition[];
  orderBy?: { column: string; desc: boolean };
  limit?: number;
  preparedAt: number;
  executions: number;
}

const SELECT =
  /^SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER BY\s+(\w+)(\s+DESC|\s+ASC)?)?(?:\s+LIMIT\s+(\d+))?\s*$/i;
const CONDITION = /^(\w+)\s*(>=|<=|=|>|<)\s*(\?|'[^']*'|-?\d+(?:\.\d+)?)$/;

function parse(sql: string): QueryPlan {
  const m = SELECT.exec(sql.trim());
  if (!m) throw new Error(`cannot parse: ${sql}`);
  let params = 0;
  const where = (m[3] ? m[3].split(/\s+AND\s+/i) : []).map((text): Condition => {
    const c = CONDITION.exec(text.trim());
    if (!c) throw new Error(`bad condition: ${text}`);
    const [, column, op, operand] = c;
    if (operand === "?") return { column, op: op as Op, param: params++ };
    const literal = operand.startsWith("'") ? operand.slice(1, -1) : Number(operand);
    return { column, op: op as Op, literal };
  });
  return {
    sql,
    table: m[2],
    columns: m[1].trim() === "*" ? "*" : m[1].split(",").map((c) => c.trim()),
    where,
    orderBy: m[4] ? { column: m[4], desc: /desc/i.test(m[5] ?? "") } : undefined,
    limit: m[6] ? Number(m[6]) : undefined,
    preparedAt: Date.now(),
    executions: 0,
  };
}

function test(a: Value, op: Op, b: Value): boolean {
  if (a === null || b === null) return false;
  switch (op) {
    case "=":
      return a === b;
    case ">=":
      return a >= b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case "<":
      return a < b;
  }
}

const latency = () => new Promise((r) => setTimeout(r, 1 + Math.random() * 3));

export class Database {
  /** Parsed statements by their SQL text, shared by every Database: parsing is the slow part. */
  static plans = new Map<string, QueryPlan>();
  #tables = new Map<string, Row[]>();

  static prepare(sql: string): QueryPlan {
    let plan = Database.plans.get(sql);
    if (!plan) {
      plan = parse(sql);
      Database.plans.set(sql, plan);
    }
    return plan;
  }

  insert(table: string, row: Row) {
    let rows = this.#tables.get(table);
    if (!rows) this.#tables.set(table, rows = []);
    rows.push(structuredClone(row));
  }

  async query(sql: string, params: Value[] = []): Promise<Row[]> {
    const plan = Database.prepare(sql);
    plan.executions++;
    await latency();
    const rows = this.#tables.get(plan.table);
    if (!rows) throw new Error(`no table ${plan.table}`);
    const out = rows.filter((row) =>
      plan.where.every((c) =>
        test(row[c.column], c.op, c.param === undefined ? c.literal! : params[c.param])
      )
    );
    if (plan.orderBy) {
      const { column, desc } = plan.orderBy;
      out.sort((a, b) => ((a[column]! < b[column]!) ? -1 : a[column]! > b[column]! ? 1 : 0));
      if (desc) out.reverse();
    }
    const picked = plan.limit === undefined ? out : out.slice(0, plan.limit);
    const cols = plan.columns;
    return picked.map((row) =>
      cols === "*" ? { ...row } : Object.fromEntries(cols.map((c) => [c, row[c] ?? null]))
    );
  }
}
