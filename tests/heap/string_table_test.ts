/**
 * The lazy string table: what the parser stores decodes exactly like `JSON.parse` of the
 * `strings` section (escapes, surrogate pairs, raw UTF-8, empty strings, strings cut by chunk
 * boundaries), and the byte-level `equals`/`startsWith`/`includes` agree with the decoded
 * strings for every needle, including ones that look like the inside of an escape.
 */

import { parseSnapshotFile } from "../../heap/parse/parse.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { assert, assertEquals } from "../support/assert.ts";
import { snapshotText, stringArray } from "./support/snapshot_fixtures.ts";

const dir = await Deno.makeTempDir({ prefix: "heap_string_table_test_" });
globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));

/** The `strings` section as V8 might write it (the first three name the fixture's nodes). */
const RAW_STRINGS = [
  "",
  "a",
  "b",
  String.raw`say \"hi\"`,
  String.raw`back\\slash`,
  String.raw`line\nbreak\ttab`,
  String.raw`caf\u00e9`,
  String.raw`\ud83d\ude00 grin`,
  "na\u00efve \u4e2d\u6587 \u{1f600} raw",
  "",
  String.raw`\t`,
  "system / Context / scope @7",
  String.raw`system / Context \"quoted\"`,
  String.raw`\\u0041 is not A`,
  "x".repeat(150) + String.raw`\u00e9\n` + "y".repeat(150),
];
const RAW_SECTION = `[${RAW_STRINGS.map((s) => `"${s}"`).join(",")}]`;
const EXPECTED: string[] = JSON.parse(RAW_SECTION);

/** A snapshot file whose `strings` section is `RAW_SECTION`. */
async function fixtureFile(): Promise<string> {
  const file = `${dir}/strings.heapsnapshot`;
  await Deno.writeTextFile(file, snapshotText({ rawStrings: RAW_SECTION }));
  return file;
}

/** Every substring of every expected string, and needles that only occur inside escapes. */
function needles(): string[] {
  const out = new Set<string>(["", "n", "t", "u", "u00e9", "00e9", "ud83d", "\\", '"', "A"]);
  out.add("\u00e9").add("\u{1f600}").add("\ud83d").add("\n").add("zzz").add("caf\u00e9!");
  for (const s of EXPECTED) {
    const short = s.length > 40 ? s.slice(140, 170) : s; // the long one: around its escapes
    for (let a = 0; a <= short.length; a++) {
      for (let b = a; b <= short.length; b++) out.add(short.slice(a, b));
    }
  }
  out.add(EXPECTED[EXPECTED.length - 1]).add(EXPECTED[EXPECTED.length - 1].slice(0, -1));
  // The bodies as text: same bytes as the stored ones, but not what they decode to.
  for (const raw of RAW_STRINGS) out.add(raw).add(raw.slice(0, 12));
  return [...out];
}

/** Checks `equals`, `startsWith` and `includes` against the decoded strings, for all needles. */
function assertMatchesDecoded(t: StringTable, what: string): void {
  const all = needles();
  for (let i = 0; i < EXPECTED.length; i++) {
    const v = EXPECTED[i];
    for (const n of all) {
      const show = `${what}: string ${i} ${JSON.stringify(v.slice(0, 30))}, ${JSON.stringify(n)}`;
      assertEquals(t.equals(i, n), v === n, `equals ${show}`);
      assertEquals(t.startsWith(i, n), v.startsWith(n), `startsWith ${show}`);
      assertEquals(t.includes(i, n), v.includes(n), `includes ${show}`);
    }
  }
}

Deno.test("parsed strings decode like JSON.parse at every chunk size, even cut mid-escape", async () => {
  const file = await fixtureFile();
  for (const chunkBytes of [1, 2, 3, 5, 7, 64, 4096]) {
    const s = await parseSnapshotFile(file, { chunkBytes, scanner: "js" });
    assertEquals(s.strings.length, EXPECTED.length, `count at chunk ${chunkBytes}`);
    assertEquals(stringArray(s.strings), EXPECTED, `strings at chunk ${chunkBytes}`);
  }
  const s = await parseSnapshotFile(file);
  assertEquals(s.strings.get(7), "\u{1f600} grin", "surrogate pair escapes");
  assertEquals(s.strings.get(8), "na\u00efve \u4e2d\u6587 \u{1f600} raw", "raw UTF-8");
  assertEquals(s.strings.get(0), "");
  assert(s.strings.get(3) === s.strings.get(3), "cached value is stable");
});

Deno.test("equals, startsWith and includes on parsed bytes agree with the decoded strings", async () => {
  const s = await parseSnapshotFile(await fixtureFile());
  assertMatchesDecoded(s.strings, "parsed");
  // Asked before anything is decoded, too (the checks above may have cached some).
  const fresh = await parseSnapshotFile(await fixtureFile());
  assert(!fresh.strings.includes(6, "u00e9"), "an escape's hex digits are not characters");
  assert(!fresh.strings.includes(10, "t"), "an escape's letter is not a character");
  assert(fresh.strings.includes(5, "break\t"), "a needle that ends in an escaped character");
  assert(fresh.strings.startsWith(11, "system / Context"), "prefix on the bytes");
  assert(!fresh.strings.startsWith(12, 'system / Context "quoted"!'), "longer than the string");
  assert(fresh.strings.equals(12, 'system / Context "quoted"'), "equals through escapes");
  assert(!fresh.strings.equals(13, "A is not A"), "an escaped backslash, not \\u0041");
});

Deno.test("fromArray round-trips any string and matches like a parsed table", () => {
  const t = StringTable.fromArray(EXPECTED);
  assertEquals(stringArray(t), EXPECTED);
  assertMatchesDecoded(t, "fromArray");
  const odd = ["", "\ud800 lone", "\u0001\u001f ctl", "\u2028\u2029", "\\u0041", '"'];
  assertEquals(stringArray(StringTable.fromArray(odd)), odd);
  assertEquals(StringTable.fromArray([]).length, 0);
});

Deno.test("get never throws on bytes that do not decode; a bad index is a RangeError", () => {
  const enc = new TextEncoder();
  const bodies = [
    Uint8Array.of(0x61, 0xff, 0x62), // not UTF-8
    enc.encode(String.raw`bad \x escape`),
    enc.encode(String.raw`cut \u12`),
    enc.encode("ok"),
  ];
  const bytes = new Uint8Array(bodies.reduce((n, b) => n + b.length, 0));
  const starts = new Uint32Array(bodies.length + 1);
  bodies.forEach((b, i) => {
    bytes.set(b, starts[i]);
    starts[i + 1] = starts[i] + b.length;
  });
  const t = new StringTable(bytes, starts, bodies.length);
  assertEquals(t.get(0), "a\ufffdb", "lenient UTF-8");
  assertEquals(t.get(1), String.raw`bad \x escape`, "escapes left as they are");
  assertEquals(t.get(2), String.raw`cut \u12`);
  assertEquals(t.get(3), "ok");
  assert(!t.equals(1, "bad x escape") && t.includes(1, "escape"), "checks do not throw either");
  for (const i of [-1, 4, 1.5, NaN]) {
    let threw = false;
    try {
      t.get(i);
    } catch (e) {
      threw = e instanceof RangeError;
    }
    assert(threw, `index ${i} is a RangeError`);
  }
});
