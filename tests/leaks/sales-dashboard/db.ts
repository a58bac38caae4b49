/**
 * A tiny read-only query layer over the in-memory tables: statements are written with the `sql`
 * tag, parsed into a plan once, and run against the rows.
 */
import { type CustomerRow, type OrderRow, seedTables } from "./seed.ts";

type Row = Record<string, unknown>;
type Op = "=" | ">=" | "<=" | ">" | "<" | "<>";

interface Condition {
  column: string;
  op: Op;
  param: number;
}

interface Plan {
  columns: string[] | "*";
  table: string;
  where: Condition[];
  orderBy?: { column: string; desc: boolean };
  limitParam?: number;
}

export class PreparedStatement {
  readonly preparedAt = Date.now();
  executions = 0;
  constructor(readonly name: string, readonly text: string, readonly plan: Plan) {}
}

export interface Query {
  statement: PreparedStatement;
  values: unknown[];
}

export class QueryError extends Error {}

const tables: Record<string, Row[]> = (() => {
  const { orders, customers } = seedTables();
  return {
    orders: orders as unknown as Row[],
    customers: customers as unknown as Row[],
  };
})();

export type { CustomerRow, OrderRow };

let statementCounter = 0;

// Template strings arrays are frozen and made once per call site, so they are the natural key
// for "parse this statement once": every sql`` call from the same line hands us the same array.
const statementCache = new Map<TemplateStringsArray, PreparedStatement>();

const SELECT =
  /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER BY\s+(\w+)(?:\s+(ASC|DESC))?)?(?:\s+LIMIT\s+\?)?\s*$/is;
const CONDITION = /^(\w+)\s*(>=|<=|<>|=|>|<)\s*\?$/;

function parse(text: string): Plan {
  const m = SELECT.exec(text);
  if (!m) throw new QueryError(`cannot parse statement: ${text}`);
  const [, cols, table, where, orderCol, direction] = m;
  if (!(table in tables)) throw new QueryError(`no such table: ${table}`);
  let param = 0;
  const conditions: Condition[] = [];
  if (where) {
    for (const part of where.split(/\s+AND\s+/i)) {
      const c = CONDITION.exec(part.trim());
      if (!c) throw new QueryError(`unsupported condition: ${part}`);
      conditions.push({ column: c[1], op: c[2] as Op, param: param++ });
    }
  }
  return {
    columns: cols.trim() === "*" ? "*" : cols.split(",").map((c) => c.trim()),
    table,
    where: conditions,
    orderBy: orderCol ? { column: orderCol, desc: direction?.toUpperCase() === "DESC" } : undefined,
    limitParam: /LIMIT\s+\?\s*$/i.test(text) ? param : undefined,
  };
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Query {
  let statement = statementCache.get(strings);
  if (!statement) {
    const text = strings.join("?");
    statement = new PreparedStatement(`stmt_${++statementCounter}`, text, parse(text));
    statementCache.set(strings, statement);
  }
  return { statement, values };
}

function matches(row: Row, c: Condition, values: unknown[]): boolean {
  const left = row[c.column] as string | number;
  const right = values[c.param] as string | number;
  switch (c.op) {
    case "=":
      return left === right;
    case "<>":
      return left !== right;
    case ">=":
      return left >= right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case "<":
      return left < right;
  }
}

export function query<T = Row>({ statement, values }: Query): T[] {
  const { plan } = statement;
  statement.executions++;
  let rows = tables[plan.table].filter((row) => plan.where.every((c) => matches(row, c, values)));
  if (plan.orderBy) {
    const { column, desc } = plan.orderBy;
    rows = rows.toSorted((a, b) => {
      const x = a[column] as string | number;
      const y = b[column] as string | number;
      return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
    });
  }
  if (plan.limitParam !== undefined) rows = rows.slice(0, Number(values[plan.limitParam]));
  if (plan.columns === "*") return rows as T[];
  const cols = plan.columns;
  return rows.map((row) => Object.fromEntries(cols.map((c) => [c, row[c]])) as T);
}

export function statementStats() {
  return [...statementCache.values()].map((s) => ({
    name: s.name,
    text: s.text,
    executions: s.executions,
  }));
}
