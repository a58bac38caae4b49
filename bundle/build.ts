/**
 * `deno task bundle`: the Claude Desktop bundle, `out/deno-debugger.mcpb`, built and checked
 * with the official MCPB CLI (`@anthropic-ai/mcpb` from npm): the product's folders, a deno.json
 * with only the server's imports and a lockfile made for it, `launch.mjs` (Claude Desktop's
 * Node starts Deno with the user's settings), and a manifest that lists the tools and prompts
 * and asks for the snapshot directory, extra source roots and whether remote targets are allowed.
 *
 * Usage: `deno task bundle [--out=out]`. Exit 0 when the manifest validates and the bundle is
 * packed; 1 naming the step that failed.
 *
 * @module
 */

import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promptEntries } from "../prompts/mod.ts";
import { SERVER_INFO } from "../server/create_server.ts";
import { TOOLS } from "../tools/mod.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The official CLI, pinned. */
export const MCPB_CLI = "npm:@anthropic-ai/mcpb@2.1.2";
/** The folders the server runs from (tests/layering_test.ts lists the same product). */
const PRODUCT = [
  "server",
  "mcp",
  "tools",
  "prompts",
  "investigation",
  "inspector",
  "workloads",
  "cpu",
  "heap",
  "net",
];
/** Build-time files the server never loads (the WebAssembly scanner's source and builder). */
const LEFT_OUT = new Set(["heap/parse/scan_build.ts", "heap/parse/scan.wat"]);
/** The npm packages the server imports at run time (the project's others are for tests). */
const RUNTIME_IMPORTS = [
  "@modelcontextprotocol/sdk/",
  "zod",
  "chrome-remote-interface",
  "@jridgewell/trace-mapping",
];

/** The manifest (MCPB manifest_version 0.3). */
export function manifest(version: string) {
  return {
    manifest_version: "0.3",
    name: SERVER_INFO.name,
    display_name: "Deno/Node memory leak debugger",
    version,
    description: "Finds why a running Deno or Node.js program keeps memory: names each leak's " +
      "variable, growth per request and the line that adds to it, through the V8 inspector.",
    author: { name: "deno-debugger contributors" },
    license: "MIT",
    keywords: ["deno", "node", "memory leak", "heap snapshot", "v8 inspector"],
    server: {
      type: "node",
      entry_point: "launch.mjs",
      mcp_config: {
        command: "node",
        args: [
          "${__dirname}/launch.mjs",
          "--snapshot-dir=${user_config.snapshot_dir}",
          "--allow-remote=${user_config.allow_remote}",
          "--root=${user_config.source_roots}",
        ],
        env: { DENO_NO_UPDATE_CHECK: "1" },
      },
    },
    tools: TOOLS.map((t) => ({ name: t.name, description: t.description })),
    prompts: promptEntries(),
    user_config: {
      snapshot_dir: {
        type: "directory",
        title: "Snapshot directory",
        description: "Where heap snapshots are written (they can be large).",
        default: "${HOME}/deno-debugger-snapshots",
        required: false,
      },
      source_roots: {
        type: "directory",
        title: "Source folders",
        description: "Folders of the programs you debug, so read_source and search_source may " +
          "read them.",
        multiple: true,
        required: false,
      },
      allow_remote: {
        type: "boolean",
        title: "Allow remote targets",
        description: "Connect to inspectors and endpoints on other hosts. Off: this machine only " +
          "(an inspector port gives full control of its process).",
        default: false,
        required: false,
      },
    },
    compatibility: { platforms: ["darwin", "linux", "win32"] },
  };
}

/** Runs a command, throwing with its output when it fails. */
async function run(what: string, command: string, args: string[], cwd: string): Promise<string> {
  const out = await new Deno.Command(command, { args, cwd, stdout: "piped", stderr: "piped" })
    .output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  if (!out.success) throw new Error(`${what} failed (exit ${out.code}):\n${text.trim()}`);
  return text;
}

async function copyTree(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const e of Deno.readDir(from)) {
    if (LEFT_OUT.has(relative(ROOT, join(from, e.name)))) continue;
    if (e.isDirectory) await copyTree(join(from, e.name), join(to, e.name));
    else if (e.isFile) await Deno.copyFile(join(from, e.name), join(to, e.name));
  }
}

/** Stages, validates and packs the bundle into `outDir`; returns the `.mcpb` path. */
export async function buildBundle(outDir: string, log = (_: string) => {}): Promise<string> {
  const stage = join(outDir, "bundle", SERVER_INFO.name);
  await Deno.remove(stage, { recursive: true }).catch(() => {});
  for (const folder of PRODUCT) await copyTree(join(ROOT, folder), join(stage, folder));
  await Deno.copyFile(join(ROOT, "bundle", "launch.mjs"), join(stage, "launch.mjs"));
  const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
  const imports = Object.fromEntries(RUNTIME_IMPORTS.map((k) => [k, config.imports[k]]));
  await Deno.writeTextFile(
    join(stage, "deno.json"),
    JSON.stringify({ imports, nodeModulesDir: "none" }, null, 2) + "\n",
  );
  log("lockfile for the server's own imports");
  const sources: string[] = [];
  const walk = async (dir: string) => {
    for await (const e of Deno.readDir(dir)) {
      const p = join(dir, e.name);
      if (e.isDirectory) await walk(p);
      else if (e.name.endsWith(".ts")) sources.push(relative(stage, p));
    }
  };
  await walk(stage);
  await run("deno cache", Deno.execPath(), ["cache", "--quiet", ...sources], stage);
  const manifestPath = join(stage, "manifest.json");
  await Deno.writeTextFile(manifestPath, JSON.stringify(manifest(SERVER_INFO.version), null, 2));
  log(`mcpb validate ${relative(ROOT, manifestPath)}`);
  await run(
    "mcpb validate",
    Deno.execPath(),
    ["run", "-A", MCPB_CLI, "validate", manifestPath],
    ROOT,
  );
  const bundle = join(outDir, `${SERVER_INFO.name}.mcpb`);
  log(`mcpb pack → ${relative(ROOT, bundle)}`);
  await run("mcpb pack", Deno.execPath(), ["run", "-A", MCPB_CLI, "pack", stage, bundle], ROOT);
  return bundle;
}

if (import.meta.main) {
  const outArg = Deno.args.find((a) => a.startsWith("--out="));
  const outDir = resolve(ROOT, outArg ? outArg.slice("--out=".length) : "out");
  try {
    const bundle = await buildBundle(outDir, (m) => console.log(`bundle: ${m}`));
    const { size } = await Deno.stat(bundle);
    console.log(`bundle: ${relative(Deno.cwd(), bundle)} (${(size / 1024).toFixed(0)} KB)`);
  } catch (e) {
    console.error(`bundle: ${(e as Error).message}`);
    Deno.exit(1);
  }
}
