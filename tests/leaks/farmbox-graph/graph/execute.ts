import type { Field, Operation, Value } from "./parse.ts";

// deno-lint-ignore no-explicit-any
export type Resolver<C> = (parent: any, args: Record<string, unknown>, ctx: C) => unknown;
export type Schema<C> = Record<string, Record<string, Resolver<C>>>;

export interface GraphQLError {
  message: string;
  path: (string | number)[];
}

export interface ExecutionResult {
  data: Record<string, unknown> | null;
  errors?: GraphQLError[];
}

function resolveValue(v: Value, vars: Record<string, unknown>): unknown {
  switch (v.kind) {
    case "var":
      return vars[v.name];
    case "lit":
      return v.value;
    case "list":
      return v.items.map((i) => resolveValue(i, vars));
    case "obj":
      return Object.fromEntries(
        Object.entries(v.fields).map(([k, f]) => [k, resolveValue(f, vars)]),
      );
  }
}

export async function execute<C>(
  schema: Schema<C>,
  op: Operation,
  variables: Record<string, unknown>,
  ctx: C,
): Promise<ExecutionResult> {
  const errors: GraphQLError[] = [];
  const vars: Record<string, unknown> = {};
  for (const def of op.variables) {
    let value = variables[def.name];
    if (value === undefined && def.defaultValue) value = resolveValue(def.defaultValue, {});
    if ((value === undefined || value === null) && def.type.endsWith("!")) {
      return { data: null, errors: [{ message: `variable $${def.name} is required`, path: [] }] };
    }
    vars[def.name] = value;
  }

  async function selectionsOf(
    typeName: string,
    parent: unknown,
    fields: Field[],
    path: (string | number)[],
  ) {
    const out: Record<string, unknown> = {};
    await Promise.all(fields.map(async (field) => {
      const fieldPath = [...path, field.alias];
      try {
        const resolver = schema[typeName]?.[field.name];
        if (!resolver && !(parent && typeof parent === "object" && field.name in parent)) {
          throw new Error(`no field ${field.name} on ${typeName}`);
        }
        const args = Object.fromEntries(
          Object.entries(field.args).map(([k, v]) => [k, resolveValue(v, vars)]),
        );
        const value = resolver
          ? await resolver(parent, args, ctx)
          : (parent as Record<string, unknown>)[field.name];
        out[field.alias] = await complete(value, field, fieldPath);
      } catch (err) {
        out[field.alias] = null;
        errors.push({ message: (err as Error).message, path: fieldPath });
      }
    }));
    return out;
  }

  async function complete(
    value: unknown,
    field: Field,
    path: (string | number)[],
  ): Promise<unknown> {
    if (value === null || value === undefined || !field.selections) return value ?? null;
    if (Array.isArray(value)) {
      return await Promise.all(value.map((item, i) => complete(item, field, [...path, i])));
    }
    const typeName = (value as { __typename?: string }).__typename;
    if (!typeName) throw new Error(`${field.name} resolved to an object without a type`);
    return await selectionsOf(typeName, value, field.selections, path);
  }

  const root = op.type === "mutation" ? "Mutation" : "Query";
  const data = await selectionsOf(root, {}, op.selections, []);
  return errors.length ? { data, errors } : { data };
}
