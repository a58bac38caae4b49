/**
 * Chrome DevTools' own heap snapshot model, for the oracle test only (never the product):
 * `front_end/entrypoints/heap_snapshot_worker/HeapSnapshot.ts` of the pinned npm package
 * `chrome-devtools-frontend`. The package ships TypeScript that Deno does not run from
 * `node_modules`, so its files are copied into a temporary folder with their `.js` imports
 * pointed at the `.ts` files; two imports are replaced by stubs — the i18n module (it needs a
 * generated locale table the package lacks; only progress messages use it) and the model
 * barrel (whose proxy module pulls in the whole frontend; the stub exports the same data
 * model). DevTools' algorithms are used unchanged.
 *
 * @module
 */

import devtoolsPackage from "chrome-devtools-frontend/package.json" with { type: "json" };

/** The DevTools build the oracle runs (deno.json pins it). */
export const DEVTOOLS_VERSION = devtoolsPackage.version;

/** The entry file and the stubs, relative to `front_end/`. */
const ENTRY = "entrypoints/heap_snapshot_worker/HeapSnapshot.ts";
const STUBS: Record<string, string> = {
  "core/i18n/i18n.ts":
    "export const i18n = { serializeUIString: (s: string, v = {}) => JSON.stringify({ s, v }) };\n",
  "models/heap_snapshot/heap_snapshot.ts":
    'export * as HeapSnapshotModel from "./HeapSnapshotModel.ts";\n',
};

/** `import … from "./x.js"` and `export … from`: the specifier, and whether only types come. */
const STATIC_IMPORT = /((?:import|export)\s+(type\s+)?[^'";]*?from\s+|import\s+)(['"])([^'"]+)\3/g;
const DYNAMIC_IMPORT = /import\((['"])(\.[^'"]+)\1\)/g;

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** Copies the model's files into `dir`; returns the entry module's file URL. */
async function vendor(dir: string): Promise<string> {
  const root = new URL(
    "./front_end/",
    import.meta.resolve("chrome-devtools-frontend/package.json"),
  );
  const done = new Set<string>();
  const todo = [ENTRY];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const folder = file.split("/").slice(0, -1).join("/");
    const target = (spec: string) => normalize(`${folder}/${spec}`).replace(/\.js$/, ".ts");
    let text = STUBS[file] ?? await Deno.readTextFile(new URL(file, root));
    text = text.replace(STATIC_IMPORT, (whole, head, typeOnly, quote, spec: string) => {
      if (!spec.startsWith(".")) return whole;
      if (!typeOnly) todo.push(target(spec));
      return `${head}${quote}${spec.replace(/\.js$/, ".ts")}${quote}`;
    }).replace(DYNAMIC_IMPORT, (_whole, quote, spec: string) => {
      todo.push(target(spec));
      return `import(${quote}${spec.replace(/\.js$/, ".ts")}${quote})`;
    });
    await Deno.mkdir(`${dir}/${folder}`, { recursive: true });
    await Deno.writeTextFile(`${dir}/${file}`, `// @ts-nocheck DevTools' source\n${text}`);
  }
  return new URL(`file://${dir}/${ENTRY}`).href;
}

/** The parts of DevTools' JSHeapSnapshot the oracle reads. */
export interface DevToolsSnapshot {
  nodeCount: number;
  nodeFieldCount: number;
  dominatorsTree: Uint32Array;
  createNode(index: number): {
    selfSize(): number;
    retainedSize(): number;
    distance(): number;
    id(): number;
    name(): string;
  };
  getAggregatesByClassKey(sorted: boolean, key: string): Record<string, DevToolsAggregate>;
  interfaceDefinitions(): string;
  aggregatesForDiff(interfaceDefinitions: string): Record<string, unknown>;
  calculateSnapshotDiff(
    baseId: number,
    base: Record<string, unknown>,
  ): Record<string, DevToolsDiff>;
}

/** One class of DevTools' Summary. */
export interface DevToolsAggregate {
  count: number;
  self: number;
  maxRet: number;
  distance: number;
  name: string;
}

/** One class of DevTools' Comparison. */
export interface DevToolsDiff {
  name: string;
  addedCount: number;
  removedCount: number;
  addedSize: number;
  removedSize: number;
}

/** Loads DevTools' model once per process (vendored into a temporary folder). */
let loading: Promise<(file: string) => Promise<DevToolsSnapshot>> | undefined;

/** DevTools' model of a snapshot file (read whole: the oracle's snapshots are small). */
export function devtoolsSnapshot(file: string): Promise<DevToolsSnapshot> {
  loading ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "devtools-model-" });
    globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
    const entry = await vendor(dir);
    const model = await import(entry);
    const platform = await import(new URL("../../core/platform/platform.ts", entry).href);
    return async (path: string) => {
      const json = JSON.parse(await Deno.readTextFile(path));
      const fixed = (numbers: number[]) => {
        const out = platform.TypedArrayUtilities.createFixedBigUint32Array(numbers.length);
        for (let i = 0; i < numbers.length; i++) out.setValue(i, numbers[i]);
        return out;
      };
      const profile = {
        ...json,
        nodes: fixed(json.nodes),
        edges: fixed(json.edges),
        samples: json.samples ?? [],
        locations: json.locations ?? [],
      };
      // DevTools reports unreachable nodes as a "problem" on the console: not ours to print.
      const warn = console.warn;
      console.warn = () => {};
      try {
        return await model.createJSHeapSnapshotForTesting(profile) as DevToolsSnapshot;
      } finally {
        console.warn = warn;
      }
    };
  })();
  return loading.then((load) => load(file));
}
