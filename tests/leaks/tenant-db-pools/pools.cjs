let nextConnId = 1;

/** Stands in for a driver connection to the tenant's database. */
class Connection {
  constructor(dsn) {
    this.id = nextConnId++;
    this.dsn = dsn;
    this.openedAt = Date.now();
    this.lastUsed = Date.now();
  }
  async query(sql, params) {
    this.lastSql = sql;
    await new Promise((resolve) => setImmediate(resolve));
    const limit = Number(params[1]) || 5;
    return Array.from({ length: limit }, (_, n) => ({
      id: `${params[0]}-${1000 + n}`,
      total: 1250 + n * 75,
      status: n % 3 ? "paid" : "open",
    }));
  }
}

class TenantPool {
  constructor(tenantId, { max = 4, idleMs = 30_000 } = {}) {
    this.tenantId = tenantId;
    this.dsn = `postgres://app@db-${tenantId.length % 3}.internal/${tenantId}`;
    this.max = max;
    this.idleMs = idleMs;
    this.idle = [];
    this.busy = new Set();
    this.closed = false;
    this.reaper = setInterval(() => this.reap(), 5_000);
    this.reaper.unref();
  }
  async acquire() {
    if (this.closed) throw new Error(`pool for ${this.tenantId} is closed`);
    const conn = this.idle.pop() ?? (await this.connect());
    this.busy.add(conn);
    return conn;
  }
  async connect() {
    await new Promise((resolve) => setImmediate(resolve));
    return new Connection(this.dsn);
  }
  release(conn) {
    this.busy.delete(conn);
    conn.lastUsed = Date.now();
    if (!this.closed && this.idle.length < this.max) this.idle.push(conn);
  }
  reap() {
    const cutoff = Date.now() - this.idleMs;
    this.idle = this.idle.filter((c) => c.lastUsed >= cutoff);
  }
  close() {
    this.closed = true;
    clearInterval(this.reaper);
    this.idle.length = 0;
  }
}

/** Pools of the most recently active tenants; the least recent one is closed past MAX_POOLS. */
const pools = new Map();
const MAX_POOLS = 8;

function poolFor(tenantId) {
  let pool = pools.get(tenantId);
  if (pool) {
    pools.delete(tenantId);
    pools.set(tenantId, pool);
    return pool;
  }
  pool = new TenantPool(tenantId);
  pools.set(tenantId, pool);
  if (pools.size > MAX_POOLS) {
    const [oldest, evicted] = pools.entries().next().value;
    pools.delete(oldest);
    evicted.close();
  }
  return pool;
}

async function withConnection(tenantId, fn) {
  const pool = poolFor(tenantId);
  const conn = await pool.acquire();
  try {
    return await fn(conn);
  } finally {
    pool.release(conn);
  }
}

function poolStats() {
  return [...pools.values()].map((p) => ({
    tenant: p.tenantId,
    idle: p.idle.length,
    busy: p.busy.size,
  }));
}

module.exports = { withConnection, poolStats };
