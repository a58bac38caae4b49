/**
 * V8 `RemoteObject`s (the values the debugger sends: locals, evaluation results, exceptions)
 * as short text a person reads — `Order {id: "1001", version: 3, items: Array(2)}` — each
 * bounded, whatever the object. Pure.
 *
 * @module
 */

/** The part of CDP's `Runtime.RemoteObject` read here. */
export interface RemoteObject {
  type: string;
  subtype?: string;
  className?: string;
  value?: unknown;
  unserializableValue?: string;
  description?: string;
  objectId?: string;
  preview?: ObjectPreview;
}

/** CDP's `Runtime.ObjectPreview` (V8 keeps at most a few properties in it). */
export interface ObjectPreview {
  type: string;
  subtype?: string;
  description?: string;
  overflow: boolean;
  properties: PropertyPreview[];
  entries?: { key?: ObjectPreview; value: ObjectPreview }[];
}

/** CDP's `Runtime.PropertyPreview`. */
export interface PropertyPreview {
  name: string;
  type: string;
  subtype?: string;
  value?: string;
  valuePreview?: ObjectPreview;
}

/** Longest text one value takes, unless the caller asks for less. */
export const MAX_VALUE_CHARS = 160;

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

function quote(s: string, max: number): string {
  return JSON.stringify(clip(s, max));
}

/** The first line of a description (a function's source, an error's stack). */
function firstLine(s: string | undefined): string {
  return (s ?? "").split("\n")[0];
}

function previewText(p: ObjectPreview, max: number): string {
  if (p.type === "function") return `ƒ ${firstLine(p.description)}`;
  if (p.subtype === "error") return firstLine(p.description);
  if (p.subtype === "null") return "null";
  if (p.type !== "object") return p.description ?? p.type;
  const more = p.overflow ? ", …" : "";
  if (p.entries) {
    const parts = p.entries.map((e) =>
      e.key ? `${propText(e.key, max)} => ${propText(e.value, max)}` : propText(e.value, max)
    );
    return `${p.description ?? "Map"} {${parts.join(", ")}${more}}`;
  }
  if (p.subtype === "array" || p.subtype === "typedarray") {
    return `${p.description ?? "Array"} [${p.properties.map(valueText).join(", ")}${more}]`;
  }
  const body = `{${p.properties.map((q) => `${q.name}: ${valueText(q)}`).join(", ")}${more}}`;
  const name = p.description && p.description !== "Object" ? `${p.description} ` : "";
  return `${name}${body}`;
}

function propText(p: ObjectPreview, max: number): string {
  return p.type === "object" ? previewText(p, max) : (p.description ?? p.type);
}

function valueText(q: PropertyPreview): string {
  if (q.valuePreview) return previewText(q.valuePreview, 60);
  if (q.type === "string") return JSON.stringify(q.value ?? "");
  if (q.type === "function") return "ƒ";
  if (q.type === "object" && q.subtype === "null") return "null";
  return q.value ?? q.type;
}

/** One value as text, at most `max` characters. */
export function describeValue(v: RemoteObject | undefined, max = MAX_VALUE_CHARS): string {
  if (!v) return "undefined";
  let text: string;
  switch (v.type) {
    case "undefined":
      text = "undefined";
      break;
    case "string":
      return quote(String(v.value ?? ""), max - 2);
    case "number":
    case "boolean":
    case "bigint":
      text = v.unserializableValue ?? String(v.value ?? v.description);
      break;
    case "symbol":
      text = v.description ?? "Symbol()";
      break;
    case "function":
      text = `ƒ ${firstLine(v.description).replace(/\s*\{.*$/, "")}`;
      break;
    default:
      if (v.subtype === "null") text = "null";
      else if (v.subtype === "error") text = firstLine(v.description);
      else if (v.preview) text = previewText(v.preview, max);
      else text = v.description ?? v.className ?? "object";
  }
  return clip(text, max);
}

/** An exception's message: the description's first line, or the thrown value. */
export function exceptionMessage(v: RemoteObject | undefined): string {
  if (!v) return "(no value)";
  if (v.subtype === "error" && v.description) return clip(firstLine(v.description), 300);
  return `throw ${describeValue(v, 300)}`;
}
