/**
 * tinymodel: models over an in-memory table, with save hooks and scopes (a subclass whose
 * queries and inserts carry fixed column values, e.g. a tenant id).
 */

export type Row = Record<string, unknown> & { id: string };
export type Hook = (row: Row, model: ModelClass) => void | Promise<void>;
export type HookName = "beforeSave" | "afterSave" | "beforeDestroy";
type Hooks = Record<HookName, Hook[]>;
export type ModelClass = typeof Model;

const tables = new Map<string, Map<string, Row>>();

/**
 * Scopes handed out per model name. A scope copies its model's hooks when it is made, so a hook
 * added to the model afterwards is added to its live scopes too.
 */
const scopesByModel = new Map<string, Set<ModelClass>>();

function emptyHooks(): Hooks {
  return { beforeSave: [], afterSave: [], beforeDestroy: [] };
}

function copyHooks(hooks: Hooks): Hooks {
  return {
    beforeSave: [...hooks.beforeSave],
    afterSave: [...hooks.afterSave],
    beforeDestroy: [...hooks.beforeDestroy],
  };
}

function describe(where: Record<string, unknown>): string {
  return Object.entries(where).map(([k, v]) => `${k}=${v}`).join(",");
}

export class ModelError extends Error {}

export class Model {
  static table = "";
  static where: Record<string, unknown> = {};
  static hooks: Hooks = emptyHooks();

  static rows(): Map<string, Row> {
    let t = tables.get(this.table);
    if (!t) tables.set(this.table, t = new Map());
    return t;
  }

  static addHook(name: HookName, fn: Hook): void {
    if (!Object.hasOwn(this, "hooks")) this.hooks = copyHooks(this.hooks);
    this.hooks[name].push(fn);
    for (const scope of scopesByModel.get(this.name) ?? []) scope.hooks[name].push(fn);
  }

  static scoped<M extends ModelClass>(this: M, where: Record<string, unknown>): M {
    // deno-lint-ignore no-this-alias
    const Parent = this;
    const Scoped = class extends (Parent as ModelClass) {
      static override where = { ...Parent.where, ...where };
      static override hooks = copyHooks(Parent.hooks);
    };
    // shows up in errors and logs as e.g. "Order(cafe=c-12)"
    Object.defineProperty(Scoped, "name", { value: `${Parent.name}(${describe(where)})` });
    let live = scopesByModel.get(Parent.name);
    if (!live) scopesByModel.set(Parent.name, live = new Set());
    live.add(Scoped);
    return Scoped as unknown as M;
  }

  /** Done with a scope: later hooks on the model no longer reach it. */
  static release(): void {
    scopesByModel.get(this.name)?.delete(this);
  }

  static matches(row: Row): boolean {
    return Object.entries(this.where).every(([k, v]) => row[k] === v);
  }

  static async create(fields: Record<string, unknown>): Promise<Row> {
    const id = String(fields.id ?? crypto.randomUUID());
    const row: Row = { ...fields, ...this.where, id };
    if (this.rows().has(id)) throw new ModelError(`${this.name}: ${id} exists`);
    for (const hook of this.hooks.beforeSave) await hook(row, this);
    this.rows().set(id, row);
    for (const hook of this.hooks.afterSave) await hook(row, this);
    return row;
  }

  static find(id: string): Row | undefined {
    const row = this.rows().get(id);
    return row && this.matches(row) ? row : undefined;
  }

  static findAll(filter: (row: Row) => boolean = () => true): Row[] {
    return [...this.rows().values()].filter((r) => this.matches(r) && filter(r));
  }

  static async update(id: string, patch: Record<string, unknown>): Promise<Row> {
    const row = this.find(id);
    if (!row) throw new ModelError(`${this.name}: no ${id}`);
    const next: Row = { ...row, ...patch, ...this.where, id };
    for (const hook of this.hooks.beforeSave) await hook(next, this);
    this.rows().set(id, next);
    for (const hook of this.hooks.afterSave) await hook(next, this);
    return next;
  }

  static async destroy(id: string): Promise<boolean> {
    const row = this.find(id);
    if (!row) return false;
    for (const hook of this.hooks.beforeDestroy) await hook(row, this);
    return this.rows().delete(id);
  }
}
