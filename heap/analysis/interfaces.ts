/**
 * DevTools' names for plain objects (`inferInterfaceDefinitions`, `applyInterfaceDefinitions`):
 * the property lists that start enough plain objects of a snapshot (at least 2, and at least
 * one in 1000 of them) become interfaces, named `{a, b, c}`; a plain object takes the
 * interface with the most properties that it has all of (the more common one on a tie), or
 * stays `Object`. So `{type, user, content}` counts every object that has those three, with
 * more properties or not, unless a longer interface fits it.
 *
 * @module
 */

/** An interface: its name and the properties an object needs to take it. */
export interface InterfaceDefinition {
  name: string;
  properties: string[];
}

/** A name is not lengthened past this many characters once it has a property. */
const MAX_NAME_LENGTH = 120;
/** The fewest plain objects an interface must start, and the smallest share (1 in …). */
const MIN_OBJECTS = 2;
const MIN_SHARE = 1000;

/** A property name as DevTools prints it in a class name (commas, quotes and braces escaped). */
export function formatPropertyName(name: string): string {
  if (!/[,'"{}]/.test(name)) return name;
  const json = JSON.stringify({ [name]: 0 });
  return json.substring(1, json.length - 3);
}

/**
 * The interfaces of a snapshot from its plain objects' property lists (in edge order, each
 * with how many objects have it, in the order the lists first occur) and the number of plain
 * objects (those with no property included).
 */
export function inferInterfaces(
  lists: { properties: string[]; objects: number }[],
  plainObjects: number,
): InterfaceDefinition[] {
  const candidates = new Map<string, { name: string; properties: string[]; count: number }>();
  for (const { properties, objects } of lists) {
    let name = "{";
    const included: string[] = [];
    for (const property of properties) {
      if (property === "__proto__") continue;
      const formatted = formatPropertyName(property);
      if (name.length > 1 && name.length + formatted.length > MAX_NAME_LENGTH) break;
      if (name.length !== 1) name += ", ";
      name += formatted;
      included.push(property);
    }
    if (included.length === 0) continue;
    name += "}";
    const known = candidates.get(name);
    if (known) known.count += objects;
    else candidates.set(name, { name, properties: included, count: objects });
  }
  // A stable sort: among equally common lists, the one seen first comes first.
  const sorted = [...candidates.values()].sort((a, b) => b.count - a.count);
  const minCount = Math.max(MIN_OBJECTS, plainObjects / MIN_SHARE);
  const out: InterfaceDefinition[] = [];
  for (const c of sorted) {
    if (c.count < minCount) break;
    out.push({ name: c.name, properties: c.properties });
  }
  return out;
}

/** For each property list (any order), the name of the interface it takes, or `Object`. */
export function applyInterfaces(
  interfaces: InterfaceDefinition[],
  lists: string[][],
): string[] {
  // Most properties first, then the more common: the first interface an object has all the
  // properties of is its best match.
  const order = interfaces.map((d, index) => ({ d, index, set: new Set(d.properties) }))
    .sort((a, b) => b.set.size - a.set.size || a.index - b.index);
  return lists.map((properties) => {
    const have = new Set(properties);
    for (const { d, set } of order) {
      if (set.size > have.size) continue;
      let all = true;
      for (const p of set) {
        if (!have.has(p)) {
          all = false;
          break;
        }
      }
      if (all) return d.name;
    }
    return "Object";
  });
}
