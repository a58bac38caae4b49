"use strict";

/**
 * pgmini: a very small Postgres-flavoured client (vendored from the practice-management
 * monolith; the wire protocol part is stubbed out here and answers from an in-memory table
 * set so the service runs without a database in dev and CI).
 *
 *   const client = new Client({ host, database, user, password });
 *   await client.query("select …", [params]);   // connects on first use
 *   await client.end();
 *
 * Every client is tracked so that closeAll() can end them on shutdown.
 */

const openClients = new Set();
let nextPid = 4100;

class Client {
  #state = "idle";
  #pid = 0;
  #queue = [];
  #statements = new Map();

  constructor(config) {
    this.config = {
      host: config.host ?? "localhost",
      port: config.port ?? 5432,
      database: config.database,
      user: config.user,
      password: config.password,
      application_name: config.application_name ?? "pgmini",
      statement_timeout: config.statement_timeout ?? 15_000,
    };
    this.tables = config.tables ?? {};
    openClients.add(this);
  }

  get state() {
    return this.#state;
  }

  async connect() {
    if (this.#state === "connected") return;
    this.#state = "connecting";
    await new Promise((resolve) => setTimeout(resolve, 3));
    this.#pid = nextPid++;
    this.#state = "connected";
  }

  async query(text, params = []) {
    if (this.#state !== "connected") await this.connect();
    let plan = this.#statements.get(text);
    if (!plan) {
      const m = /from\s+(\w+)/i.exec(text);
      plan = { table: m ? m[1] : null, text };
      this.#statements.set(text, plan);
    }
    const rows = (this.tables[plan.table] ?? []).filter((row) =>
      params.length === 0 || Object.values(row).includes(params[0])
    );
    return { rows, rowCount: rows.length, pid: this.#pid };
  }

  async end() {
    if (this.#state !== "connected") return;
    this.#state = "ending";
    // Terminate message; the server closes the socket after it
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.#queue.length = 0;
    this.#statements.clear();
    this.#state = "ended";
    openClients.delete(this);
  }
}

async function closeAll() {
  await Promise.all([...openClients].map((c) => c.end()));
}

function poolStats() {
  const byState = {};
  for (const c of openClients) byState[c.state] = (byState[c.state] ?? 0) + 1;
  return { clients: openClients.size, byState };
}

module.exports = { Client, closeAll, poolStats };
