export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Applies a JSON merge patch (RFC 7396) to `target` in place: members of objects are merged key
 * by key, `null` deletes a member, anything else replaces it. Returns the top-level keys touched.
 */
export function mergePatch(target: JsonObject, patch: JsonObject): string[] {
  const touched: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    touched.push(key);
    if (value === null) {
      delete target[key];
    } else if (isObject(value)) {
      let child = target[key];
      if (!isObject(child)) {
        child = {};
        target[key] = child;
      }
      mergePatch(child, value);
    } else {
      target[key] = value;
    }
  }
  return touched;
}
