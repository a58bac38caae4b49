import { type DocumentNode, type FieldNode, parse, type Value } from "./parse.ts";

export type Resolver = (
  parent: Record<string, unknown>,
  args: Record<string, unknown>,
  ctx: unknown,
) => unknown;

export interface Schema {
  /** Field types per object type: "Product", "[Review]", "String". */
  types: Record<string, Record<string, string>>;
  resolvers: Record<string, Record<string, Resolver>>;
}

export class GraphQLValidationError extends Error {}

const documentCache = new Map<string, DocumentNode>();

function validate(fields: FieldNode[], typeName: string, schema: Schema, path: string): void {
  for (const field of fields) {
    const fieldType = schema.types[typeName]?.[field.name];
    if (!fieldType) {
      throw new GraphQLValidationError(`${typeName} has no field "${field.name}" (${path})`);
    }
    field.returnType = fieldType.replace(/[[\]!]/g, "");
    if ((field.returnType in schema.types) !== Boolean(field.selections)) {
      throw new GraphQLValidationError(`${path}.${field.name}: wrong selection for ${fieldType}`);
    }
    if (field.selections) {
      validate(field.selections, field.returnType, schema, `${path}.${field.name}`);
    }
  }
}

export function prepare(source: string, schema: Schema): DocumentNode {
  let doc = documentCache.get(source);
  if (!doc) {
    doc = parse(source);
    validate(doc.selections, "Query", schema, "query");
    documentCache.set(source, doc);
  }
  return doc;
}

function argValue(value: Value, variables: Record<string, unknown>): unknown {
  return value.kind === "Variable" ? variables[value.name] : value.value;
}

interface Run {
  schema: Schema;
  variables: Record<string, unknown>;
  ctx: unknown;
}

async function resolveFields(
  fields: FieldNode[],
  typeName: string,
  parent: Record<string, unknown>,
  run: Run,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await Promise.all(fields.map(async (field) => {
    const args = Object.fromEntries(
      field.args.map((a) => [a.name, argValue(a.value, run.variables)]),
    );
    const resolver = run.schema.resolvers[typeName]?.[field.name];
    const raw = await (resolver ? resolver(parent, args, run.ctx) : parent[field.name]);
    const sub = (item: Record<string, unknown>) =>
      resolveFields(field.selections!, field.returnType!, item, run);
    if (!field.selections || raw == null) out[field.name] = raw ?? null;
    else if (Array.isArray(raw)) out[field.name] = await Promise.all(raw.map(sub));
    else out[field.name] = await sub(raw as Record<string, unknown>);
  }));
  return out;
}

export async function execute(source: string, run: Run): Promise<Record<string, unknown>> {
  const doc = prepare(source, run.schema);
  const missing = doc.variables.find((v) => v.type.endsWith("!") && run.variables[v.name] == null);
  if (missing) throw new GraphQLValidationError(`variable $${missing.name} is required`);
  return await resolveFields(doc.selections, "Query", {}, run);
}
