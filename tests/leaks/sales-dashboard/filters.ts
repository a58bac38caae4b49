/**
 * The order explorer's filter bar: whichever filters are set become conditions, and the sort
 * column (a column name cannot be a parameter) is written into the statement text.
 */
import { type OrderRow, type Query, QueryError, sql } from "./db.ts";

export interface OrderFilter {
  from: string;
  to?: string;
  region?: string;
  channel?: string;
  customer?: string;
  minTotal?: number;
  sort: "placed_at" | "total" | "items";
  desc: boolean;
  limit: number;
}

const SORTABLE = new Set(["placed_at", "total", "items"]);
const COLUMNS = "id, customer, region, channel, total, items, placed_at";

export function parseFilter(params: URLSearchParams): OrderFilter {
  const sort = params.get("sort") ?? "placed_at";
  if (!SORTABLE.has(sort)) throw new QueryError(`cannot sort by ${sort}`);
  const minTotal = params.get("minTotal");
  return {
    from: params.get("from") ?? "2025-06-01",
    to: params.get("to") ?? undefined,
    region: params.get("region") ?? undefined,
    channel: params.get("channel") ?? undefined,
    customer: params.get("customer") ?? undefined,
    minTotal: minTotal === null ? undefined : Number(minTotal),
    sort: sort as OrderFilter["sort"],
    desc: params.get("dir") === "desc",
    limit: Math.min(Number(params.get("limit") ?? 25) || 25, 100),
  };
}

/** Builds the search statement for the filters that are set, as the sql tag expects it. */
export function orderSearch(f: OrderFilter): Query {
  const strings = [`SELECT ${COLUMNS} FROM orders WHERE placed_at >= `];
  const values: unknown[] = [f.from];
  const and = (clause: string, value: unknown) => {
    strings.push(` AND ${clause} `);
    values.push(value);
  };
  if (f.to) and("placed_at <", f.to);
  if (f.region) and("region =", f.region);
  if (f.channel) and("channel =", f.channel);
  if (f.customer) and("customer =", f.customer);
  if (f.minTotal !== undefined && Number.isFinite(f.minTotal)) and("total >=", f.minTotal);
  strings.push(` ORDER BY ${f.sort} ${f.desc ? "DESC" : "ASC"} LIMIT `, "");
  values.push(f.limit);
  const template = Object.freeze(Object.assign(strings, { raw: Object.freeze([...strings]) }));
  return sql(template as unknown as TemplateStringsArray, ...values);
}

export type { OrderRow };
