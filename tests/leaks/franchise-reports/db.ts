export type AttributeType = "string" | "integer";

export type AttributeSpec = { type: AttributeType; field?: string; allowNull?: boolean };

export type Row = Record<string, unknown>;
export type Where = Record<string, unknown>;

export class DatabaseError extends Error {}

/** The warehouse connection; in this service the franchise schemas are loaded at start-up. */
export class Driver {
  #relations = new Map<string, Row[]>();
  load(relation: string, rows: Row[]) {
    this.#relations.set(relation, rows);
  }

  async select(relation: string, where: Where): Promise<Row[]> {
    const rows = this.#relations.get(relation);
    if (!rows) throw new DatabaseError(`relation "${relation}" does not exist`);
    await new Promise((resolve) => setTimeout(resolve, 1));
    return rows.filter((row) => Object.entries(where).every(([col, value]) => row[col] === value));
  }
}

export class Model {
  static modelName = "";
  static schema = "public";
  static tableName = "";
  static attributes: Record<string, Required<AttributeSpec>> = {};
  static db: Database;

  dataValues: Row = {};

  static get relation(): string {
    return `${this.schema}.${this.tableName}`;
  }

  static async findAll<M extends typeof Model>(
    this: M,
    options: { where?: Where } = {},
  ): Promise<InstanceType<M>[]> {
    const where: Where = {};
    for (const [name, value] of Object.entries(options.where ?? {})) {
      const attribute = this.attributes[name];
      if (!attribute) throw new DatabaseError(`${this.modelName} has no attribute ${name}`);
      where[attribute.field] = value;
    }
    const rows = await this.db.driver.select(this.relation, where);
    return rows.map((row) => this.build(row) as InstanceType<M>);
  }

  static build(row: Row): Model {
    const instance = new this();
    for (const [name, attribute] of Object.entries(this.attributes)) {
      const raw = row[attribute.field];
      instance.dataValues[name] = raw == null
        ? null
        : attribute.type === "integer"
        ? Math.trunc(Number(raw))
        : String(raw);
    }
    return instance;
  }

  get<T = unknown>(name: string): T {
    return this.dataValues[name] as T;
  }
}

export class ModelManager {
  models: (typeof Model)[] = [];

  addModel(model: typeof Model) {
    this.models.push(model);
    return model;
  }
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export class Database {
  readonly modelManager = new ModelManager();
  readonly models: Record<string, typeof Model> = {};

  constructor(readonly driver: Driver) {}

  define(
    modelName: string,
    attributes: Record<string, AttributeSpec>,
    options: { schema?: string; tableName?: string } = {},
  ) {
    const normalized: Record<string, Required<AttributeSpec>> = {};
    for (const [name, spec] of Object.entries(attributes)) {
      normalized[name] = { field: snakeCase(name), allowNull: true, ...spec };
    }
    const model = class extends Model {
      static override modelName = modelName;
      static override schema = options.schema ?? "public";
      static override tableName = options.tableName ?? `${snakeCase(modelName).slice(1)}s`;
      static override attributes = normalized;
    };
    Object.defineProperty(model, "name", { value: modelName });
    model.db = this;
    this.modelManager.addModel(model);
    this.models[modelName] = model;
    return model;
  }
}
