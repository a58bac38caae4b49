/**
 * Fuzzes the snapshot parser with mutants of real snapshots this test captures itself
 * (Deno and Node): truncations at many offsets, flipped bytes, dropped, duplicated and
 * reordered sections; and with nesting bombs — sections of millions of nested brackets, up to
 * 150 MB, and random bracket streams. Every mutant must either parse into a `HeapSnapshot`
 * whose invariants hold or fail with a `SnapshotParseError` whose offset lies inside the file —
 * never another exception, never a hang; a bomb's parse peaks at most at 2× the file's size
 * + 300 MB of RSS (measured in a process of its own). The seed is fixed (set HEAP_FUZZ_SEED to
 * explore others) and each failure names the mutation so it can be replayed.
 */

import { parseSnapshotFile, SnapshotParseError } from "../../../heap/parse/parse.ts";
import { NumberScanner } from "../../../heap/parse/numbers.ts";
import { WasmNumberScanner } from "../../../heap/parse/numbers_wasm.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { captureSnapshot, requireNode, type Runtime } from "../../support/capture_inprocess.ts";
import { checkInvariants, snapshotText } from "../support/snapshot_fixtures.ts";
import type { ParsePeak } from "../support/parse_peak.ts";

const SEED = Number(Deno.env.get("HEAP_FUZZ_SEED") ?? 20261126);
/** One parse of a few-MB file takes well under a second; a hang would blow far past this. */
const MAX_PARSE_MS = 15_000;

const BODY = `
class Session { constructor(i) { this.id = i; this.user = "user" + i; this.tags = ["a", i]; } }
globalThis.sessions = new Map();
for (let i = 0; i < 300; i++) globalThis.sessions.set("k" + i, new Session(i));
globalThis.note = "caf\\u00e9 \\"quoted\\" \\\\ \\u4e2d";
`;

const dir = await Deno.makeTempDir({ prefix: "heap_fuzz_test_" });
globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));

/** Small deterministic PRNG (mulberry32) so a failing mutant can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Mutant {
  what: string;
  bytes: Uint8Array;
}

/** Byte offsets of each top-level `"key":` of a snapshot text, in file order. */
function sectionStarts(text: string): { key: string; at: number }[] {
  const keys = [
    "snapshot",
    "nodes",
    "edges",
    "trace_function_infos",
    "trace_tree",
    "samples",
    "locations",
    "strings",
  ];
  return keys.map((key) => ({ key, at: text.indexOf(`"${key}":`) })).filter((s) => s.at > 0)
    .sort((a, b) => a.at - b.at);
}

function* mutants(original: Uint8Array, rnd: () => number): Generator<Mutant> {
  const text = new TextDecoder().decode(original);
  const size = original.length;
  const sections = sectionStarts(text);
  const pick = (n: number) => Math.floor(rnd() * n);

  // Truncations: everywhere, and right around each section boundary.
  const cuts = new Set<number>([0, 1, 2, 10, size - 1, size - 2]);
  for (const s of sections) for (const d of [-2, -1, 0, 1, 2, 12]) cuts.add(s.at + d);
  for (let i = 0; i < 24; i++) cuts.add(pick(size));
  for (let i = 0; i < 8; i++) cuts.add(pick(1200)); // inside the header
  for (const cut of cuts) {
    if (cut >= 0 && cut < size) yield { what: `truncate at ${cut}`, bytes: original.slice(0, cut) };
  }

  // Byte flips: 1-3 positions, biased to the header and to structural bytes.
  const replacements = [...'0123456789,[]{}"\\ :-.ex\n'].map((c) => c.charCodeAt(0));
  replacements.push(0x00, 0x7f, 0xc3, 0xff);
  for (let i = 0; i < 60; i++) {
    const bytes = original.slice();
    const changes: string[] = [];
    for (let k = 0; k <= pick(3); k++) {
      const at = rnd() < 0.3 ? pick(Math.min(size, 1200)) : pick(size);
      const value = rnd() < 0.8 ? replacements[pick(replacements.length)] : pick(256);
      changes.push(`${at}:0x${bytes[at].toString(16)}→0x${value.toString(16)}`);
      bytes[at] = value;
    }
    yield { what: `flip ${changes.join(" ")}`, bytes };
  }

  // Whole sections dropped, duplicated, moved to the front.
  const encoder = new TextEncoder();
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const end = i + 1 < sections.length ? sections[i + 1].at : size - 1; // before the last '}'
    const entry = text.slice(s.at, end).replace(/,\s*$/, "");
    const without = (text.slice(0, s.at) + text.slice(end)).replace(/,\s*}$/, "}");
    yield { what: `drop section ${s.key}`, bytes: encoder.encode(without) };
    yield {
      what: `duplicate section ${s.key}`,
      bytes: encoder.encode(`{${entry},${text.slice(1)}`),
    };
    if (s.key !== "snapshot") {
      yield { what: `move ${s.key} first`, bytes: encoder.encode(`{${entry},${without.slice(1)}`) };
    }
  }
}

for (const runtime of ["deno", "node"] as Runtime[]) {
  Deno.test({
    name: `fuzz: mutants of a real ${runtime} snapshot parse or fail with SnapshotParseError`,
    async fn() {
      if (runtime === "node") await requireNode();
      const original = await Deno.readFile(await captureSnapshot(runtime, BODY, dir));
      const file = `${dir}/mutant-${runtime}.heapsnapshot`;
      const rnd = random(SEED + (runtime === "node" ? 1 : 0));
      const outcomes = { parsed: 0, rejected: 0 };
      const kinds = new Set<string>();
      let slowest = 0;
      let index = 0;
      for (const m of mutants(original, rnd)) {
        await Deno.writeFile(file, m.bytes);
        const started = performance.now();
        // Every third mutant is also read with the edges worker: it must end the same way.
        const split = index++ % 3 === 0
          ? await parseSnapshotFile(file, { edgesWorker: true }).then(
            (s) => (checkInvariants(s), "parsed"),
            (e) => e instanceof SnapshotParseError ? e.message : `threw ${e}`,
          )
          : undefined;
        try {
          const s = await parseSnapshotFile(file);
          checkInvariants(s);
          outcomes.parsed++;
          if (split !== undefined) {
            assertEquals(split, "parsed", `${m.what}: with the edges worker`);
          }
        } catch (e) {
          const where = `${runtime} mutant "${m.what}" (seed ${SEED})`;
          if (split !== undefined && e instanceof Error) {
            assertEquals(split, e.message, `${where}: with the edges worker`);
          }
          if (!(e instanceof SnapshotParseError)) {
            throw new Error(`${where}: threw ${e} instead of a SnapshotParseError`, { cause: e });
          }
          assert(
            e.offset >= 0 && e.offset <= m.bytes.length && e.file === file,
            `${where}: offset ${e.offset} outside the ${m.bytes.length}-byte file: ${e.message}`,
          );
          kinds.add(e.detail.replace(/[0-9]+/g, "N").slice(0, 40));
          outcomes.rejected++;
        }
        slowest = Math.max(slowest, performance.now() - started);
      }
      assert(slowest < MAX_PARSE_MS, `slowest parse took ${slowest.toFixed(0)} ms`);
      // Truncations alone guarantee many rejections; flips inside numbers often still parse.
      assert(outcomes.rejected >= 40, `only ${outcomes.rejected} mutants rejected`);
      assert(kinds.size >= 8, `only ${kinds.size} kinds of errors seen: ${[...kinds]}`);
    },
  });
}

/** 1-60 bytes drawn from `alphabet`. */
function randomBytes(rnd: () => number, alphabet: number[]): Uint8Array {
  const length = 1 + Math.floor(rnd() * 60);
  return Uint8Array.from({ length }, () => alphabet[Math.floor(rnd() * alphabet.length)]);
}

/**
 * Numbers as V8 writes them ("," and the row end "\n,"), `count` of them of 1 to `maxDigits`
 * digits; with probability `stray` a number is followed by bytes from `alphabet` after or
 * instead of its separator.
 */
function snapshotLike(
  rnd: () => number,
  alphabet: number[],
  { count = 1 + Math.floor(rnd() * 12), maxDigits = 11, stray = 0.05 } = {},
): Uint8Array {
  let text = "";
  for (let i = 0; i < count; i++) {
    // Now and then a long number (9 digits and more take the slow paths).
    const digits = 1 + Math.floor(rnd() * (rnd() < 0.97 ? Math.min(8, maxDigits) : maxDigits));
    text += String(Math.floor(rnd() * 10 ** digits)).padStart(digits, "1");
    const pick = () => String.fromCharCode(alphabet[Math.floor(rnd() * alphabet.length)]);
    const odd = rnd() < stray;
    // A stray byte after the separator, or one or two in its place ("5\n5", "5,,5", "5 ,5").
    if (odd && rnd() < 0.5) text += pick() + (rnd() < 0.5 ? pick() : "");
    else text += (rnd() < 0.8 ? "," : "\n,") + (odd ? pick() : "");
  }
  if (rnd() < 0.3) text = text.slice(0, -1) + "]";
  return new TextEncoder().encode(text);
}

/** Scans `bytes` in pieces of `step` bytes with each scanner; throws unless all agree. */
function assertScannersAgree(
  scanners: (NumberScanner | WasmNumberScanner)[],
  bytes: Uint8Array,
  step: number,
): void {
  const length = bytes.length;
  const results = scanners.map((scanner) => {
    scanner.reset();
    const numbers: number[] = [];
    let pos = 0;
    while (!scanner.done && !scanner.error && pos < length) {
      const end = Math.min(length, pos + step);
      const before = pos;
      pos = scanner.scan(bytes, pos, end);
      numbers.push(...scanner.batch.subarray(0, scanner.count));
      scanner.count = 0;
      if (pos === before && !scanner.done && !scanner.error && pos < end) {
        throw new Error(
          `no progress at ${pos} of ${JSON.stringify(String.fromCharCode(...bytes))}`,
        );
      }
    }
    return { numbers, done: scanner.done, error: scanner.error, pos };
  });
  const text = JSON.stringify(new TextDecoder().decode(bytes));
  for (const other of results.slice(1)) {
    assert(
      JSON.stringify(results[0]) === JSON.stringify(other),
      `scanners differ on ${text} (step ${step}): ${JSON.stringify(results)}`,
    );
  }
}

const SCANNER_ALPHABET = [..."0123456789012345678901234567890123456789,,,,,,,, \n]-x"].map((c) =>
  c.charCodeAt(0)
);

Deno.test("fuzz: the WebAssembly integer scanner agrees with the JS reference scanner", () => {
  const rnd = random(SEED + 2);
  const wasm = new WasmNumberScanner(7, 64);
  const js = new NumberScanner(7);
  for (let round = 0; round < 3000; round++) {
    // Half the rounds look like V8's output (numbers of 1-11 digits, "," and "\n,"), with a
    // stray byte now and then: they run the fast paths, 8- and 9-digit numbers included.
    const bytes = round % 2 === 0
      ? randomBytes(rnd, SCANNER_ALPHABET)
      : snapshotLike(rnd, SCANNER_ALPHABET);
    // Fed in pieces, as chunks arrive.
    assertScannersAgree([wasm, js], bytes, 1 + Math.floor(rnd() * 40));
  }
});

Deno.test("fuzz: the scanners agree on long runs of V8's numbers (the 64-byte block path)", () => {
  const rnd = random(SEED + 3);
  // A batch that fills mid-block, and pieces from a few bytes to longer than a block.
  const wasm = new WasmNumberScanner(50, 4096);
  const js = new NumberScanner(50);
  for (let round = 0; round < 2000; round++) {
    const bytes = snapshotLike(rnd, SCANNER_ALPHABET, {
      count: 1 + Math.floor(rnd() * 300),
      stray: rnd() < 0.5 ? 0 : 0.01,
    });
    assertScannersAgree([wasm, js], bytes, 1 + Math.floor(rnd() * 700));
  }
});

/**
 * A valid small snapshot text (without section `without`), open for one more section: append
 * `"key":value}`.
 */
function openSnapshot(without?: string): string {
  const order = ["snapshot", "nodes", "edges", "locations", "strings"].filter((k) => k !== without);
  return snapshotText({ order }).replace(/}$/, ",");
}

/** Writes `head`, then `unit` repeated until the file has at least `bytes`, then `tail`. */
async function writeRepeated(
  path: string,
  head: string,
  unit: string,
  bytes: number,
  tail = "",
): Promise<number> {
  const encoder = new TextEncoder();
  const block = encoder.encode(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))));
  const file = await Deno.open(path, { write: true, create: true, truncate: true });
  try {
    let size = await file.write(encoder.encode(head));
    while (size < bytes) {
      for (let off = 0; off < block.length;) off += await file.write(block.subarray(off));
      size += block.length;
    }
    for (const part of [encoder.encode(tail)]) {
      for (let off = 0; off < part.length;) off += await file.write(part.subarray(off));
      size += part.length;
    }
    return size;
  } finally {
    file.close();
  }
}

const PARSE_PEAK = new URL("../support/parse_peak.ts", import.meta.url).pathname;

/** Parses `file` in a child process: how it ended and the child's peak RSS. */
async function parseInChild(file: string, edgesWorker = false): Promise<ParsePeak> {
  const out = await new Deno.Command(Deno.execPath(), {
    // Deno lets a program read its own /proc/self/status (the peak RSS) only with --allow-all.
    args: ["run", "--allow-all", PARSE_PEAK, file, ...(edgesWorker ? ["--edges-worker"] : [])],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout).trim();
  if (!out.success || !text) {
    throw new Error(`parse_peak failed: ${new TextDecoder().decode(out.stderr)}`);
  }
  return JSON.parse(text);
}

const MB = 1 << 20;

Deno.test({
  name: "fuzz: nesting bombs up to 150 MB fail at their first bracket too deep, in bounded memory",
  async fn() {
    const bombs: {
      what: string;
      head: string;
      unit: string;
      bytes: number;
      tail?: string;
      parses?: boolean;
      edgesWorker?: boolean;
    }[] = [
      // The file: 150 M nested '[' took 3 GB and failed with "Invalid array length".
      {
        what: "150 MB of [ in trace_tree",
        head: `${openSnapshot()}"trace_tree":`,
        unit: "[",
        bytes: 150 * MB,
      },
      {
        what: "40 MB of [ in trace_tree, edges worker on",
        head: `${openSnapshot()}"trace_tree":`,
        unit: "[",
        bytes: 40 * MB,
        edgesWorker: true,
      },
      { what: '32 MB of {"a": in the header', head: '{"snapshot":', unit: '{"a":', bytes: 32 * MB },
      {
        what: "32 MB of {[ in an unknown section",
        head: `${openSnapshot()}"x":`,
        unit: '{"k":[',
        bytes: 32 * MB,
      },
      {
        what: "16 MB of [ in nodes",
        head: snapshotText().slice(0, snapshotText().indexOf('"nodes":') + 8),
        unit: "[",
        bytes: 16 * MB,
      },
      {
        what: "16 MB of [ in strings",
        head: `${openSnapshot("strings")}"strings":`,
        unit: "[",
        bytes: 16 * MB,
      },
      {
        // Legal all along: 99 deep, closed, again — memory must not follow the file either.
        what: "64 MB of nesting 99 deep, closed each time",
        head: `${openSnapshot()}"samples":[`,
        unit: "[".repeat(99) + "]".repeat(99) + ",",
        bytes: 64 * MB,
        tail: "0]}",
        parses: true,
      },
    ];
    for (const b of bombs) {
      const file = `${dir}/bomb.heapsnapshot`;
      const size = await writeRepeated(file, b.head, b.unit, b.bytes, b.tail);
      const r = await parseInChild(file, b.edgesWorker);
      await Deno.remove(file);
      const where = `${b.what}: ${JSON.stringify(r)}`;
      if (b.parses) {
        assertEquals(r.outcome, "parsed", where);
      } else {
        assertEquals(r.outcome, "SnapshotParseError", where);
        // It fails where the nesting starts, long before the end of the file.
        assert(r.offset! >= b.head.length - 1 && r.offset! < b.head.length + 1024, where);
      }
      if (r.peakBytes !== undefined) {
        const bound = 2 * size + 300 * MB;
        assert(r.peakBytes <= bound, `${where}: peak ${r.peakBytes} > ${bound}`);
        console.log(
          `  ${b.what}: ${r.outcome} in ${r.ms} ms, peak RSS ${(r.peakBytes / MB).toFixed(0)} MB ` +
            `for a ${(size / MB).toFixed(0)} MB file`,
        );
      }
    }
  },
});

Deno.test("fuzz: random bracket streams in any section parse or fail with a SnapshotParseError", async () => {
  const rnd = random(SEED + 3);
  const tokens = ["[", "[", "[", "]", '{"k":', "}", ",", "1", '"s"', " "];
  const places = ['"trace_tree":', '"samples":', '"x":', '"nodes":', '"strings":'];
  const file = `${dir}/stream.heapsnapshot`;
  const kinds = new Set<string>();
  for (let round = 0; round < 40; round++) {
    const place = places[Math.floor(rnd() * places.length)];
    let body = "";
    const length = 1 + Math.floor(rnd() * 64 * 1024);
    while (body.length < length) body += tokens[Math.floor(rnd() * tokens.length)];
    const text = `${openSnapshot(place.slice(1, -2))}${place}${body}}`;
    await Deno.writeTextFile(file, text);
    const where = `round ${round} (seed ${SEED}, ${place})`;
    try {
      checkInvariants(await parseSnapshotFile(file));
    } catch (e) {
      if (!(e instanceof SnapshotParseError)) {
        throw new Error(`${where}: threw ${e} instead of a SnapshotParseError`, { cause: e });
      }
      assert(e.offset >= 0 && e.offset <= text.length, `${where}: offset ${e.offset}`);
      kinds.add(e.detail.replace(/[0-9]+/g, "N").slice(0, 30));
    }
  }
  assert(kinds.size >= 3, `only ${kinds.size} kinds of errors: ${[...kinds]}`);
});
