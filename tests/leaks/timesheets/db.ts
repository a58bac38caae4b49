/**
 * A small embedded store with a driver-like surface: statements are prepared once by name and
 * run on a connection. The service uses one long-lived connection to the primary.
 */

export type Row = Record<string, unknown>;
type Tables = Map<string, Map<string, Row>>;
type Statement = (tables: Tables, params: unknown[]) => Row[];

export type SlowQueryHook = (conn: Connection, sql: string, ms: number) => void;

const statements = new Map<string, Statement>();

export function prepare(sql: string, run: Statement): string {
  statements.set(sql, run);
  return sql;
}

export class Connection {
  /** Callers may park per-query state on the connection under their own symbols. */
  [key: symbol]: unknown;

  readonly #tables: Tables = new Map();
  readonly #slowHooks: SlowQueryHook[] = [];
  queries = 0;

  constructor(readonly name: string, readonly slowQueryMs = 250) {}

  table(name: string): Map<string, Row> {
    let table = this.#tables.get(name);
    if (!table) this.#tables.set(name, table = new Map());
    return table;
  }

  onSlowQuery(hook: SlowQueryHook): void {
    this.#slowHooks.push(hook);
  }

  query<T extends Row = Row>(sql: string, params: unknown[] = []): T[] {
    const run = statements.get(sql);
    if (!run) throw new Error(`statement not prepared: ${sql}`);
    const started = performance.now();
    const rows = run(this.#tables, params) as T[];
    this.queries++;
    const ms = performance.now() - started;
    if (ms > this.slowQueryMs) { for (const hook of this.#slowHooks) hook(this, sql, ms); }
    return rows;
  }
}

export const primary = new Connection("timesheets-primary");
