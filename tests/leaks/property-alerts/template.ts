/**
 * The e-mail templates' tiny engine: `{{name}}` and `{{a.b}}` look a name up in the frames on
 * the context stack, innermost first, so a block sees its own variables and the alert's.
 */

export type Frame = Record<string, unknown>;

/** Thrown by a block that has nothing to show; the caller renders the block's fallback. */
export class MissingData extends Error {}

const contextStack: Frame[] = [];

export function withContext<T>(frame: Frame, render: () => T): T {
  contextStack.push(frame);
  const result = render();
  contextStack.pop();
  return result;
}

export function lookup(path: string): unknown {
  const [head, ...rest] = path.split(".");
  for (let i = contextStack.length - 1; i >= 0; i--) {
    if (head in contextStack[i]) {
      // deno-lint-ignore no-explicit-any
      return rest.reduce((value: any, key) => value?.[key], contextStack[i][head]);
    }
  }
  return undefined;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function fill(template: string): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
    const value = lookup(path);
    return value === undefined ? "" : String(value).replace(/[&<>"]/g, (c) => ESCAPES[c]);
  });
}
