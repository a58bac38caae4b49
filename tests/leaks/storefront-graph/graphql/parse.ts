export type Value = { kind: "Variable"; name: string } | { kind: "Literal"; value: unknown };

export interface FieldNode {
  kind: "Field";
  name: string;
  args: { name: string; value: Value }[];
  selections: FieldNode[] | null;
  returnType?: string;
  at: number;
}

export interface DocumentNode {
  kind: "Document";
  name?: string;
  variables: { name: string; type: string }[];
  selections: FieldNode[];
}

export class GraphQLSyntaxError extends Error {}

const TOKEN = /\s*(?:([{}():!$,[\]])|("(?:[^"\\]|\\.)*"|-?\d+)|([A-Za-z_]\w*))\s*/y;

export function parse(source: string): DocumentNode {
  const tokens: { text: string; literal: boolean; at: number }[] = [];
  for (TOKEN.lastIndex = 0; TOKEN.lastIndex < source.length;) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new GraphQLSyntaxError(`unexpected character at ${at}`);
    if (m[1] !== ",") tokens.push({ text: m[1] ?? m[2] ?? m[3], literal: Boolean(m[2]), at });
  }
  let pos = 0;
  const peek = () => tokens[pos]?.text;
  const expect = (text?: string) => {
    const token = tokens[pos++];
    if (!token || (text !== undefined && token.text !== text)) {
      throw new GraphQLSyntaxError(`expected ${text ?? "a token"} at ${token?.at ?? "end"}`);
    }
    return token;
  };
  const value = (): Value => {
    const token = expect();
    if (token.text === "$") return { kind: "Variable", name: expect().text };
    return { kind: "Literal", value: token.literal ? JSON.parse(token.text) : token.text };
  };
  const selectionSet = (): FieldNode[] => {
    const fields: FieldNode[] = [];
    for (expect("{"); peek() !== "}";) {
      const { text, at } = expect();
      const field: FieldNode = { kind: "Field", name: text, args: [], selections: null, at };
      if (peek() === "(") {
        for (expect("("); peek() !== ")";) {
          const name = expect().text;
          expect(":");
          field.args.push({ name, value: value() });
        }
        expect(")");
      }
      if (peek() === "{") field.selections = selectionSet();
      fields.push(field);
    }
    expect("}");
    return fields;
  };

  const doc: DocumentNode = { kind: "Document", variables: [], selections: [] };
  if (peek() === "query") {
    expect("query");
    if (peek() !== "(" && peek() !== "{") doc.name = expect().text;
    if (peek() === "(") {
      for (expect("("); peek() !== ")";) {
        expect("$");
        const name = expect().text;
        expect(":");
        const type = expect().text + (peek() === "!" ? expect("!").text : "");
        doc.variables.push({ name, type });
      }
      expect(")");
    }
  }
  doc.selections = selectionSet();
  if (pos !== tokens.length) throw new GraphQLSyntaxError("unexpected tokens after the query");
  return doc;
}
