/**
 * A tiny query planner for the reporting store: parsing a report's SQL is cached per SQL text
 * (a fixed set of reports), binding it to a request's parameters per request.
 */
export interface ParsedQuery {
  sql: string;
  tables: string[];
  params: string[];
}

export interface QueryPlan {
  parsed: ParsedQuery;
  bound: Record<string, string>;
  steps: string[];
  estimatedRows: number;
}

export const tableVersions = new Map<string, number>([
  ["orders", 41],
  ["order_lines", 41],
  ["products", 7],
  ["stock_levels", 112],
]);

const parsedQueries = new Map<string, ParsedQuery>();

export function parse(sql: string): ParsedQuery {
  let parsed = parsedQueries.get(sql);
  if (!parsed) {
    const tables = [...sql.matchAll(/\b(?:from|join)\s+(\w+)/gi)].map((m) => m[1]);
    const params = [...sql.matchAll(/:(\w+)/g)].map((m) => m[1]);
    parsed = { sql, tables, params };
    parsedQueries.set(sql, parsed);
  }
  return parsed;
}

export function bind(parsed: ParsedQuery, values: Record<string, string>): QueryPlan {
  const bound: Record<string, string> = {};
  for (const p of parsed.params) bound[p] = values[p] ?? "";
  const steps = parsed.tables.map((t, n) =>
    n === 0 ? `seq scan ${t} filter(${parsed.params.join(", ")})` : `hash join ${t}`
  );
  const estimatedRows = parsed.tables.reduce((rows, t) => rows * (t === "products" ? 1 : 12), 1);
  return { parsed, bound, steps, estimatedRows };
}

/** The ETag of a result: the versions of every table the plan reads, and its parameters. */
export function etagOf(plan: QueryPlan): string {
  const versions = plan.parsed.tables.map((t) => `${t}.${tableVersions.get(t) ?? 0}`);
  const params = Object.values(plan.bound).join(",");
  return `W/"${versions.join("-")}:${params}"`;
}
