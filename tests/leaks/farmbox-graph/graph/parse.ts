// Parser for the subset of GraphQL the apps send: one operation, fields with aliases and
// arguments, variables with defaults. No fragments or directives.

export type Value =
  | { kind: "var"; name: string }
  | { kind: "lit"; value: unknown }
  | { kind: "list"; items: Value[] }
  | { kind: "obj"; fields: Record<string, Value> };

export interface Field {
  alias: string;
  name: string;
  args: Record<string, Value>;
  selections: Field[] | null;
}

export interface Operation {
  type: "query" | "mutation";
  name: string | null;
  variables: { name: string; type: string; defaultValue?: Value }[];
  selections: Field[];
}

export class GraphQLSyntaxError extends Error {}

const TOKEN =
  /\s*(?:(#[^\n]*)|([{}():$!,[\]=])|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*))/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) {
      if (/^\s*$/.test(source.slice(start))) break;
      throw new GraphQLSyntaxError(`unexpected character at ${start}`);
    }
    if (m[1] !== undefined || m[0].trim() === ",") continue;
    tokens.push(m[2] ?? m[3] ?? m[4] ?? m[5]);
  }
  return tokens;
}

export function parse(source: string): Operation {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    if (pos >= tokens.length) throw new GraphQLSyntaxError("unexpected end of query");
    return tokens[pos++];
  };
  const expect = (t: string) => {
    const got = next();
    if (got !== t) throw new GraphQLSyntaxError(`expected ${t}, got ${got}`);
  };
  const name = () => {
    const t = next();
    if (!/^[_A-Za-z]/.test(t)) throw new GraphQLSyntaxError(`expected a name, got ${t}`);
    return t;
  };

  function value(): Value {
    const t = next();
    if (t === "$") return { kind: "var", name: name() };
    if (t === "[") {
      const items: Value[] = [];
      while (peek() !== "]") items.push(value());
      expect("]");
      return { kind: "list", items };
    }
    if (t === "{") {
      const fields: Record<string, Value> = {};
      while (peek() !== "}") {
        const key = name();
        expect(":");
        fields[key] = value();
      }
      expect("}");
      return { kind: "obj", fields };
    }
    if (t.startsWith('"')) return { kind: "lit", value: JSON.parse(t) };
    if (/^-?\d/.test(t)) return { kind: "lit", value: Number(t) };
    if (t === "true" || t === "false") return { kind: "lit", value: t === "true" };
    if (t === "null") return { kind: "lit", value: null };
    return { kind: "lit", value: t }; // enum value
  }

  function type(): string {
    let t: string;
    if (peek() === "[") {
      next();
      t = `[${type()}]`;
      expect("]");
    } else t = name();
    if (peek() === "!") {
      next();
      t += "!";
    }
    return t;
  }

  function selectionSet(): Field[] {
    expect("{");
    const fields: Field[] = [];
    while (peek() !== "}") {
      let alias = name();
      let fieldName = alias;
      if (peek() === ":") {
        next();
        fieldName = name();
      }
      const args: Record<string, Value> = {};
      if (peek() === "(") {
        next();
        while (peek() !== ")") {
          const arg = name();
          expect(":");
          args[arg] = value();
        }
        expect(")");
      }
      const selections = peek() === "{" ? selectionSet() : null;
      fields.push({ alias, name: fieldName, args, selections });
      alias = "";
    }
    expect("}");
    return fields;
  }

  let op: Operation;
  if (peek() === "{") {
    op = { type: "query", name: null, variables: [], selections: selectionSet() };
  } else {
    const kind = next();
    if (kind !== "query" && kind !== "mutation") {
      throw new GraphQLSyntaxError(`unsupported operation ${kind}`);
    }
    const opName = peek() !== "(" && peek() !== "{" ? name() : null;
    const variables: Operation["variables"] = [];
    if (peek() === "(") {
      next();
      while (peek() !== ")") {
        expect("$");
        const varName = name();
        expect(":");
        const varType = type();
        let defaultValue: Value | undefined;
        if (peek() === "=") {
          next();
          defaultValue = value();
        }
        variables.push({ name: varName, type: varType, defaultValue });
      }
      expect(")");
    }
    op = { type: kind, name: opName, variables, selections: selectionSet() };
  }
  if (pos !== tokens.length) {
    throw new GraphQLSyntaxError(`unexpected ${peek()} after the operation`);
  }
  return op;
}
