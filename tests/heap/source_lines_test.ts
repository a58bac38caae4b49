/**
 * The statements behind a suspect, on small sources: the line that adds to a holder (by kind,
 * preferring lines that name more of the path and the holder's own file), the event a listener
 * is added for, `+=` onto a value, declarations that make the collection, and the module
 * variable an exported instance is stored in; the lines that take entries out again.
 */

import { callersOf } from "../../heap/analysis/suspect_runtime.ts";
import type { GrowthRecord } from "../../heap/analysis/growth.ts";
import {
  enclosingFunction,
  enclosingOpener,
  findDeclarationOf,
  findInstanceVariable,
} from "../../heap/analysis/source_text.ts";
import {
  findAddingStatements,
  findCallers,
  findCallsOf,
  findChangingCall,
  findConstruction,
  findConstructionSites,
  findDynamicImport,
  findFactoryCall,
  findFrameLocal,
  findHandedHelperAdd,
  findHandedToCalls,
  findHandingStatements,
  findKeyedReads,
  findListenerAddForEvent,
  findOptionHandOvers,
  findParameterAdd,
  findProxyTrapAdd,
  findReceiverDeclaration,
  findSelfCall,
  findStoredCall,
  findStoringStatements,
  findUnawaitedNext,
  listenerHelper,
} from "../../heap/analysis/source_lines.ts";
import { handedToCallFix } from "../../heap/analysis/suspect_text.ts";
import {
  agesOutOnAdd,
  cappedAt,
  findRemovingStatements,
  findSkippingReset,
  freshKey,
  insideLazyHelper,
  lookupWithOtherKey,
  removesFromCopy,
  skippedByReturn,
  splicesWalkingForward,
  trimmedLocal,
  undoCallsFor,
} from "../../heap/analysis/source_removes.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import {
  booleanSortFix,
  detachedMethodFix,
  iteratorResultFix,
  otherListenerFix,
  replacedHandleFix,
} from "../../heap/analysis/suspect_text.ts";

const app = `import { metrics } from "./metrics.ts";
const app = { state: { audit: { log: [] } } };
const audit = [];
// audit.push(x) in a comment is not a statement
export function handle(req) {
  audit.push(req.url);
  app.state.audit.log.push({ at: Date.now() });
  rates.on("tick", () => 1);
  rates.on("update", () => use(quote));
  shutdown.signal.addEventListener("abort", onAbort);
  buffered += line;
  sessions.set(req.id, req);
  cache[key] = value;
}
`;
const metrics = `export class Metrics {
  samples = [];
  record(x) { this.samples.push(x); }
}
export const metrics = new Metrics();
`;
const sources: [string, string][] = [["file:///p/app.js", app], ["file:///p/metrics.js", metrics]];
const line = (found: { location: { line: number } }[]) => found[0]?.location.line;

Deno.test("adding statements by kind, the fullest path first, comments skipped", () => {
  assertEquals(line(findAddingStatements(sources, { segments: ["audit"], kind: "array" })), 6);
  assertEquals(
    line(
      findAddingStatements(sources, { segments: ["app", "state", "audit", "log"], kind: "array" }),
    ),
    7,
  );
  assertEquals(line(findAddingStatements(sources, { segments: ["sessions"], kind: "map" })), 12);
  assertEquals(line(findAddingStatements(sources, { segments: ["cache"], kind: "object" })), 13);
  assertEquals(line(findAddingStatements(sources, { segments: ["buffered"], kind: "value" })), 11);
  const found = findAddingStatements(sources, { segments: ["sessions"], kind: "map" });
  assertEquals(found[0].text, "sessions.set(req.id, req);");
  assertEquals(found[0].location.display.endsWith("app.js:12"), true);
});

Deno.test("listeners: the emitter and the event type", () => {
  assertEquals(
    line(
      findAddingStatements(sources, { segments: ["rates"], kind: "listeners", event: "update" }),
    ),
    9,
  );
  assertEquals(
    line(
      findAddingStatements(sources, {
        segments: ["shutdown", "signal"],
        kind: "listeners",
        event: "abort",
      }),
    ),
    10,
  );
});

Deno.test("the holder's own file wins a tie; declarations that make the collection", () => {
  const found = findAddingStatements(sources, {
    segments: ["metrics", "samples"],
    kind: "array",
    preferUrl: "file:///p/metrics.js",
  });
  assertEquals(found[0].location.url, "file:///p/metrics.js");
  assertEquals(findDeclarationOf(sources, ["metrics", "samples"])?.line, 2);
  assertEquals(findDeclarationOf(sources, ["audit"])?.line, 3, "a variable: its const");
  const log = findDeclarationOf(sources, ["app", "state", "audit", "log"]);
  assert(log?.line === 2, `log: [] is made on line 2 (${JSON.stringify(log)})`);
  assertEquals(findInstanceVariable(sources, "Metrics"), "metrics");
  assertEquals(findInstanceVariable(sources, "Nothing"), undefined);
});

const cleanup = `const buckets = new Map();
const queue = [];
const cache = {};
function sweep(cutoff) {
  for (const [k, b] of buckets) if (b.lastSeen < cutoff) buckets.delete(k);
}
function touch(k, v) {
  lru.delete(k);
  lru.set(k, v);
}
function drain() {
  queue.splice(0, 0, first);
  // queue.shift() in a comment is not a removal
  queue.splice(i, 1);
  delete cache[key];
  bus.off("update", onUpdate);
  bus.removeListener("tick", onTick);
}
`;
const cleanupSources: [string, string][] = [["file:///p/cleanup.js", cleanup]];

Deno.test("removing statements: delete, the removing splice, delete obj[k], off for the event", () => {
  const at = (
    segments: string[],
    kind: Parameters<typeof findRemovingStatements>[1]["kind"],
    event?: string,
  ) =>
    findRemovingStatements(cleanupSources, { segments, kind, event }).map((s) => s.location.line);
  assertEquals(at(["buckets"], "map"), [5]);
  // `splice(0, 0, x)` inserts; the comment is skipped; `splice(i, 1)` takes out.
  assertEquals(at(["queue"], "array"), [14]);
  assertEquals(at(["cache"], "object"), [15]);
  assertEquals(at(["bus"], "listeners", "update"), [16]);
  assertEquals(at(["bus"], "listeners", "tick"), [17]);
  // An LRU's delete(k) before set(k, v) moves the entry: not a removal.
  assertEquals(at(["lru"], "map"), []);
  // No removal calls for a value that is replaced, nor for a name never removed from.
  assertEquals(at(["buckets"], "value"), []);
  assertEquals(at(["sessions"], "map"), []);
});

Deno.test("removing statements: a property emptied by a new collection, not where a constructor makes it", () => {
  const src = [
    "export class Deferred {",
    "  #waiting = [];",
    "  constructor(",
    "    name,",
    "    { limit = 10 } = {},",
    "  ) {",
    "    this.#waiting = [];",
    "    this.byKey = new Map();",
    "  }",
    "  settle(value, order) {",
    "    if (this.done) return;",
    "    const waiting = this.#waiting;",
    "    this.#waiting = [];",
    "    order.byKey = new Map();",
    "    this.byKey = new Map();",
    "  }",
    "}",
  ].join("\n");
  const sources: [string, string][] = [["file:///p/deferred.js", src]];
  const at = (segments: string[], kind: "array" | "map") =>
    findRemovingStatements(sources, { segments, kind }).map((s) => s.location.line);
  assertEquals(at(["deferred", "#waiting"], "array"), [13]);
  // Another object's property of the same name is not the holder's.
  assertEquals(at(["deferred", "byKey"], "map"), [15]);
  // A module variable is not emptied through a property.
  assertEquals(at(["byKey"], "map"), []);
});

Deno.test("removing statements: a constructor function makes its holders, a reset empties them", () => {
  const src = [
    "function Authenticator() {",
    "  this._key = 'passport';",
    "  this._transformers = [];",
    "}",
    "Authenticator.prototype.reset = function () {",
    "  this._transformers = [];",
    "};",
    "var Pool = function (size) {",
    "  this.waiting = [];",
    "};",
  ].join("\n");
  const sources: [string, string][] = [["file:///p/authenticator.js", src]];
  const at = (segments: string[]) =>
    findRemovingStatements(sources, { segments, kind: "array" }).map((s) => s.location.line);
  assertEquals(at(["auth", "_transformers"]), [6]);
  assertEquals(at(["pool", "waiting"]), []);
});

Deno.test("removing statements: a delete of the key the add then sets again is a replacement", () => {
  const src = [
    "class PageCache {",
    "  set(key, entry) {",
    "    const previous = this.#entries.get(key);",
    "    if (previous) {",
    "      this.#entries.delete(key);",
    "      this.#bytes -= previous.size;",
    "    }",
    "    this.#entries.set(key, entry);",
    "    while (this.#bytes > this.max) {",
    "      const [oldest] = this.#entries.keys();",
    "      this.#entries.delete(oldest);",
    "    }",
    "  }",
    "}",
  ].join("\n");
  const url = "file:///p/page_cache.js";
  const found = findRemovingStatements([[url, src]], {
    segments: ["pageCache", "#entries"],
    kind: "map",
    addedAt: sourceLocation(url, 8, 5),
  });
  // The eviction first; the replacement only after it.
  assertEquals(found.map((s) => s.location.line), [11, 5]);
});

const streams = `export const liveLog = new PassThrough();
liveLog.write(record);
export function open(res) {
  const filter = new LineFilter(res);
  liveLog.pipe(filter);
  liveLog.unpipe(filter);
}
const bus = channel("x");
class Trace {
  constructor() {
    bus.subscribe((m) => this.record(m));
    bus.publish(this.id);
  }
}
`;
const streamSources: [string, string][] = [["file:///p/streams.js", streams]];

Deno.test("handing statements: the call that gives an owner what its internals keep", () => {
  const at = (owner: string, entryClass?: string, preferLine?: number) =>
    findHandingStatements(streamSources, {
      owner: [owner],
      entryClass,
      preferLines: preferLine ? [sourceLocation("file:///p/streams.js", preferLine, 1)] : [],
    }).map((s) => s.location.line);
  // The instance made from `new LineFilter(` is handed over by pipe; write and unpipe are not it.
  assertEquals(at("liveLog", "LineFilter"), [5]);
  // Functions made on a call's own line are handed over by that call.
  assertEquals(at("bus", undefined, 11), [11]);
  // No evidence, no statement: publish(this.id) hands nothing the leak is made of.
  assertEquals(at("bus"), []);
});

Deno.test("handing statements: a literal with the kept properties, or a method named for the store", () => {
  const audit = `export const auditStream = new PassThrough({ objectMode: true });
export function record(req, action) {
  const meta = { at: 1, user: "x" };
  const event = {
    at: new Date().toISOString(),
    user: req.headers["x-user"] ?? "anonymous",
    action,
  };
  auditStream.write(meta);
  auditStream.write(event);
  console.time(req.url);
  console.log(req.url);
}
`;
  const src: [string, string][] = [["file:///p/audit.js", audit]];
  // The variable made from a literal with the kept objects' first three properties is handed
  // over; a literal with only two of them is not evidence.
  const kept = findHandingStatements(src, {
    owner: ["auditStream"],
    keptShapes: [["at", "user", "action", "contract"]],
  });
  assertEquals(kept.map((s) => s.text), ["auditStream.write(event);"]);
  // A literal handed over in the call itself, its first keys written and a spread bringing the
  // rest; a spread after one key only, or keys out of their order, is not evidence.
  const inline: [string, string][] = [[
    "file:///p/audit.cjs",
    `function audit(action, details) {
  auditStream.write({ at: new Date().toISOString(), ...details });
  auditStream.write({ action, at: Date.now(), ...details });
  auditStream.write({
    at: new Date().toISOString(),
    user: details.user,
    ...details,
  });
}
`,
  ]];
  const literal = findHandingStatements(inline, {
    owner: ["auditStream"],
    keptShapes: [["at", "user", "action", "contract"]],
  });
  assertEquals(literal.map((s) => s.location.line), [4]);
  // `time` fills `_times`; `log` fills nothing named so.
  const store = findHandingStatements(src, { owner: ["console"], store: "_times" });
  assertEquals(store.map((s) => s.text), ["console.time(req.url);"]);
  assertEquals(findHandingStatements(src, { owner: ["console"], store: "_counts" }), []);
  // What undoes a handing call: its pair, or nothing for a write.
  const undoes = (method: string, call: string) =>
    new RegExp(`^(?:${undoCallsFor(method)})$`).test(call);
  assert(
    undoes("pipe", "unpipe") && undoes("time", "timeEnd") &&
      undoes("addListener", "removeListener"),
  );
  assert(undoes("on", "off") && undoes("open", "close") && undoes("subscribe", "unsubscribe"));
  assert(!undoes("write", "end") && !undoes("pipe", "off"));
  // The block a statement sits in: its condition or its function; none at the top level.
  const within = (line: number) =>
    enclosingOpener(src, sourceLocation("file:///p/audit.js", line, 1));
  assertEquals(within(10), "export function record(req, action) {");
  assertEquals(within(6), "const event = {");
  assertEquals(within(1), undefined);
});

Deno.test("a value rebuilt through a call that reads the old one is added to there", () => {
  const store = `class Store {
  #current;
  constructor(d) {
    this.#current = { ...d };
  }
  update(c) {
    const keep = (current) => current;
    this.#current = Object.assign(Object.create(this.#current), c);
  }
}
`;
  const found = findAddingStatements([["file:///p/store.js", store]], {
    segments: ["store", "#current"],
    kind: "value",
  });
  assertEquals(found[0]?.location.line, 8);
});

Deno.test("construction: the one inside a block (it runs again) before one at the top level", () => {
  const code = `const inbox = new BroadcastChannel("a");
// new BroadcastChannel("b") in a comment
export function announce() {
  const channel = new BroadcastChannel("a");
}
`;
  const at = (cls: string) => findConstruction([["file:///p/c.ts", code]], cls)?.location.line;
  assertEquals(at("BroadcastChannel"), 4);
  assertEquals(
    findConstruction([["file:///p/c.ts", code.split("\n")[0]]], "BroadcastChannel")?.location.line,
    1,
  );
  assertEquals(at("Worker"), undefined);
});

Deno.test("a value set to a constant is set up or reset there, not grown", () => {
  const client = `export class Client {
  constructor() {
    this.lastError = null;
  }
  async call() {
    try {
      return await this.send();
    } catch (err) {
      this.lastError = err;
      throw err;
    }
  }
}
`;
  const found = findAddingStatements([["file:///p/client.mjs", client]], {
    segments: ["client", "lastError"],
    kind: "value",
  });
  assertEquals(found.map((f) => f.location.line), [9]);
});

Deno.test("stores of what a holder keeps, by its shape, under the name they have there", () => {
  const tracing = `export function traced(conn: Connection, sql: string) {
  const span: QuerySpan = {
    id: nextId(),
    sql,
    startedAt: performance.now(),
  };
  conn[spanKey(span.id)] = span;
  const other = { id: 1, sql, startedAt: 0 };
  log.push(other);
}
`;
  const found = findStoringStatements([["file:///p/tracing.ts", tracing]], {
    keptShapes: [["id", "sql", "startedAt", "rows"]],
  });
  assertEquals(found.map((f) => [f.statement.location.line, f.receiver]), [
    [7, "conn"],
    [9, "log"],
  ]);
  // Nothing of that shape is made here: nothing is found.
  assertEquals(
    findStoringStatements([["file:///p/t.ts", tracing]], { keptShapes: [["a", "b"]] }),
    [],
  );
});

Deno.test("the dynamic import that loads a module under a changing URL", () => {
  const loader = `import { config } from "./config.mjs";
const RULES = new URL("./rules/fees.mjs", import.meta.url);
let rules;
export async function load() {
  if (config.production) return (rules ??= await import(RULES.href));
  // import("./rules/fees.mjs") would be cached
  return import(\`\${RULES.href}?t=\${Date.now()}\`);
}
const plugin = await import("./plugin.mjs");
`;
  const found = findDynamicImport([["file:///p/loader.mjs", loader]], "file:///p/rules/fees.mjs");
  assertEquals(found?.location.line, 7);
  // Only literal imports: nothing loads anything twice.
  assertEquals(
    findDynamicImport([["file:///p/a.mjs", 'await import("./plugin.mjs");']], "file:///p/b.mjs"),
    undefined,
  );
});

Deno.test("a key made anew by the add and again by its removal never matches", () => {
  const code = `const spanKey = (id) => Symbol(\`span:\${id}\`);
const keyFor = (id) => Symbol.for(id);
function slotOf(req) { return { id: req.id }; }
`;
  const sources: [string, string][] = [["file:///p/t.mjs", code]];
  assertEquals(
    freshKey(sources, "conn[spanKey(span.id)] = span;", "delete conn[spanKey(span.id)];"),
    "spanKey() makes a new Symbol()",
  );
  assertEquals(
    freshKey(sources, "slots.set(slotOf(req), job);", "slots.delete(slotOf(req));"),
    "slotOf() makes a new object",
  );
  assertEquals(
    freshKey(sources, "m[Symbol(k)] = v;", "delete m[Symbol(k)];"),
    "Symbol(k) is a new Symbol()",
  );
  // The same symbol each time, or different keys: nothing to say.
  assertEquals(freshKey(sources, "reg[keyFor(id)] = v;", "delete reg[keyFor(id)];"), undefined);
  assertEquals(freshKey(sources, "conn[spanKey(a)] = s;", "delete conn[spanKey(b)];"), undefined);
});

Deno.test("a call whose argument changes, not a literal one", () => {
  const code = `const READY = Symbol.for("acme.ready");
export const channelKey = (kind, id) => Symbol.for(\`acme/\${kind}:\${id}\`);
export const topic = (name) => Symbol.for(name);
`;
  const sources: [string, string][] = [["file:///p/channels.mjs", code]];
  assertEquals(findChangingCall(sources, "Symbol.for")?.location.line, 2);
  assertEquals(
    findChangingCall([["file:///p/a.mjs", code.split("\n")[0]]], "Symbol.for"),
    undefined,
  );
});

Deno.test("properties defined onto an object add to it", () => {
  const fields = `export function ensureColumn(field) {
  if (field in Product.prototype) return;
  Object.defineProperty(Product.prototype, field, { get: getterFor(field) });
}
`;
  const found = findAddingStatements([["file:///p/fields.ts", fields]], {
    segments: ["Product", "prototype"],
    kind: "object",
  });
  assertEquals(found.map((f) => f.location.line), [3]);
});

Deno.test("a list under a key: the add that stores what the entries keep, not a local of the same name", () => {
  const reel = `export function highlights(frames) {
  const byPlayer = new Map();
  for (const f of frames) {
    const list = byPlayer.get(f.player) ?? [];
    list.push(f);
    byPlayer.set(f.player, list);
  }
  return byPlayer;
}
`;
  const store = `export class ReplayStore {
  byPlayer = new Map();
  add(replay) {
    for (const player of replay.players) {
      const summary = { id: replay.id, map: replay.map, won: replay.winner === player };
      const list = this.byPlayer.get(player);
      if (list) list.push(summary);
      else this.byPlayer.set(player, [summary]);
    }
  }
}
`;
  const sources: [string, string][] = [
    ["file:///p/highlights.ts", reel],
    ["file:///p/replays.ts", store],
  ];
  const adds = (keptShapes?: string[][]) =>
    findAddingStatements(sources, {
      segments: ["store", "byPlayer"],
      kind: "array",
      keyed: true,
      ...(keptShapes ? { keptShapes } : {}),
    })[0]?.location;
  assertEquals(adds([["id", "map", "won"]])?.url, "file:///p/replays.ts");
  assertEquals(adds([["id", "map", "won"]])?.line, 7);
});

Deno.test("a list under a key of an owner's field: its adds and removals through a local copy", () => {
  const emitter = `export class Lifecycle {
  #listeners = new Map();
  on(event, listener) {
    const list = this.#listeners.get(event);
    if (list) list.push(listener);
    else this.#listeners.set(event, [listener]);
  }
  off(event, listener) {
    const list = this.#listeners.get(event);
    const at = list.indexOf(listener);
    if (at !== -1) list.splice(at, 1);
    if (list.length === 0) this.#listeners.delete(event);
  }
}
`;
  const sources: [string, string][] = [["file:///p/lifecycle.ts", emitter]];
  const adds = findAddingStatements(sources, {
    segments: ["lifecycle", "#listeners"],
    kind: "array",
    keyed: true,
  });
  assertEquals(adds[0]?.location.line, 5);
  // The list's own removal before the key's.
  const removals = findRemovingStatements(sources, {
    segments: ["lifecycle", "#listeners"],
    kind: "any",
    valueKind: "array",
  });
  assertEquals(removals.map((r) => r.location.line), [11, 12]);
});

Deno.test("removals through a local copy, and a delete in a later callback that is no move", () => {
  const host = `class Host {
  #taps = [];
  apiFor() {
    const taps = this.#taps;
    return {
      on(tap) {
        taps.push(tap);
        return () => taps.splice(taps.indexOf(tap), 1);
      },
    };
  }
}
`;
  const removals = findRemovingStatements([["file:///p/host.ts", host]], {
    segments: ["host", "#taps"],
    kind: "array",
  });
  assertEquals(removals.map((r) => r.location.line), [8]);
  const quotes = `function quote(shipment) {
  const request = fetchRates(shipment)
    .finally(() => {
      inflight.delete(shipment.key);
    });
  inflight.set(shipment.key, request);
  return request;
}
function refresh(key, value) {
  lru.delete(key);
  lru.set(key, value);
}
`;
  const sources: [string, string][] = [["file:///p/quotes.cjs", quotes]];
  assertEquals(
    findRemovingStatements(sources, { segments: ["inflight"], kind: "map" }).map((r) =>
      r.location.line
    ),
    [4],
  );
  // A delete right before a set of the same key moves the entry (an LRU's refresh).
  assertEquals(findRemovingStatements(sources, { segments: ["lru"], kind: "map" }), []);
});

Deno.test("a value built on the previous one grows where a new one links it", () => {
  const context = `let activeContext = null;
export function createContext(name) {
  return { name, parent: activeContext, spans: [] };
}
export async function runWithContext(context, fn) {
  const previous = activeContext;
  activeContext = context;
  try {
    return await fn();
  } finally {
    activeContext = previous;
  }
}
`;
  const found = (link?: string) =>
    findAddingStatements([["file:///p/context.mjs", context]], {
      segments: ["activeContext"],
      kind: "value",
      ...(link ? { link } : {}),
    })[0]?.location.line;
  assertEquals(found("parent"), 3);
  // Without the link, only the assignments are known.
  assertEquals(found(), 7);
  // A value only ever set (not saved and put back) keeps what it is set to: that comes first.
  const client = `class Client {
  async call() {
    try {
      if (this.tripped) throw new Unavailable("down", { cause: this.lastError });
      return await this.send();
    } catch (err) {
      this.lastError = err;
      throw err;
    }
  }
}
`;
  const adds = findAddingStatements([["file:///p/client.mjs", client]], {
    segments: ["client", "lastError"],
    kind: "value",
    link: "cause",
  });
  assertEquals(adds.map((f) => f.location.line), [7, 4]);
});

Deno.test("the calls of the helper an adding statement sits in", () => {
  const channels = `export function channel(kind, id) {
  return Symbol.for(\`acme/\${kind}:\${id}\`);
}
// channel("x", 1) in a comment
`;
  const tracking = `import { channel } from "./channels.mjs";
export function track(s) {
  hub.subscribe(channel("order", s.order), onOrder);
  return hub.publish(channel("shipment", s.id), s);
}
`;
  const sources: [string, string][] = [
    ["file:///p/channels.mjs", channels],
    ["file:///p/tracking.mjs", tracking],
  ];
  const at = { url: "file:///p/channels.mjs", line: 2, column: 3, display: "/p/channels.mjs:2" };
  assertEquals(findCallers(sources, at).map((c) => `${c.url.slice(10)}:${c.line}`), [
    "tracking.mjs:3",
    "tracking.mjs:4",
  ]);
  // At a module's top level there is no function to be called.
  assertEquals(findCallers(sources, { ...at, line: 1 }), []);
});

Deno.test("the calls of a method assigned to a prototype are calls on an object", () => {
  const lib = `function Authenticator() {}
Authenticator.prototype.transformAuthInfo = function (fn) {
  return this._infoTransformers.push(fn);
};
`;
  const app = `passport.transformAuthInfo(addAuditFields);
transformAuthInfo(other);
`;
  const sources: [string, string][] = [
    ["file:///p/node_modules/passport/lib/authenticator.js", lib],
    ["file:///p/auth.ts", app],
  ];
  const at = { url: sources[0][0], line: 3, column: 3, display: "authenticator.js:3" };
  assertEquals(findCallers(sources, at).map((c) => `${c.url.slice(10)}:${c.line}`), ["auth.ts:1"]);
});

Deno.test("the calls of the method an adding statement sits in, however deep in its blocks", () => {
  const jar = `export class CookieJar {
  cookies = new Map();
  store(setCookies, url) {
    for (const header of setCookies) {
      const cookie = parse(header, url);
      if (cookie.expired) this.cookies.delete(cookie.key);
      else this.cookies.set(cookie.key, cookie);
    }
  }
  set(key, cookie) {
    this.cookies.set(key, cookie);
  }
}
`;
  const client = `const jar = new CookieJar();
export async function erpGet(url) {
  const res = await fetch(url);
  jar.store(res.headers.getSetCookie(), url);
  headers.set("x", "y");
}
`;
  const sources: [string, string][] = [
    ["file:///p/cookie-jar.cjs", jar],
    ["file:///p/erp-client.cjs", client],
  ];
  const at = (line: number) => ({
    url: "file:///p/cookie-jar.cjs",
    line,
    column: 12,
    display: `cookie-jar.cjs:${line}`,
  });
  assertEquals(findCallers(sources, at(7)).map((c) => `${c.url.slice(10)}:${c.line}`), [
    "erp-client.cjs:4",
  ]);
  // A method named like a Map's own: its calls cannot be told from the Maps'.
  assertEquals(findCallers(sources, at(11)), []);
});

Deno.test("finds the runtime call that makes a class's instances without new", () => {
  const code = `const digest = crypto.createHash("sha1");
export function time(step) {
  performance.mark(step);
  const m = performance.measure(step, { start: "a" });
  return m.duration;
}
`;
  const call = (cls: string) => findFactoryCall([["file:///p/t.ts", code]], cls);
  // Receiver and method together name the class; a call inside a block is preferred.
  assertEquals(call("PerformanceMeasure")?.statement.location.line, 4);
  assertEquals(call("PerformanceMeasure")?.receiver, "performance");
  assertEquals(call("PerformanceMeasure")?.method, "measure");
  assertEquals(call("PerformanceMark")?.statement.location.line, 3);
  // A method named create/make/open + the class, at the top level when nothing else makes it.
  assertEquals(call("Hash")?.statement.location.line, 1);
  assertEquals(call("Performance"), undefined);
  assertEquals(call("Timer"), undefined);
});

Deno.test("adds through a local copy of the reference, and a subclass's own super.set", () => {
  const di = `class Container {
  #instances = new Map();
  resolve(key) {
    const cache = reg.owner.#instances;
    if (cache.has(key)) return cache.get(key);
    cache.set(key, make());
  }
}
`;
  const found = findAddingStatements([["file:///p/di.js", di]], {
    segments: ["container", "#instances"],
    kind: "map",
  });
  assertEquals(found[0]?.location.line, 6);
  const bounded = `export class BoundedMap extends Map {
  set(key, value) {
    if (super.has(key)) super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) super.delete(super.keys().next().value);
    return this;
  }
  getOrCreate(key, create) {
    const created = create(key);
    super.set(key, created);
    return created;
  }
}
`;
  const url = "file:///p/bounded_map.js";
  const lines = findAddingStatements([[url, bounded]], {
    segments: ["previews"],
    kind: "any",
    ownClassUrl: url,
  }).map((s) => s.location.line);
  // The capped set() (a move, then trimmed) ranks below the add that nothing trims.
  assertEquals(lines[0], 10);
});

Deno.test("a map stored under another key than it is looked up by; the same key is no finding", () => {
  const rules = `const compiled = new Map();
function compile(rule) {
  const shape = shapeOf(rule);
  let fn = compiled.get(shape);
  if (!fn) {
    fn = build(shape);
    compiled.set(rule, fn);
  }
  return fn;
}
function count(ms) {
  counts.set(ms, (counts.get(bucketOf(ms)) ?? 0) + 1);
  seen.set(ms, (seen.get(ms) ?? 0) + 1);
}
`;
  const src: [string, string][] = [["file:///p/rules.js", rules]];
  const at = (line: number, text: string) =>
    lookupWithOtherKey(src, { location: sourceLocation("file:///p/rules.js", line, 1), text });
  const found = at(7, "compiled.set(rule, fn);");
  assertEquals([found?.text, found?.location.line], ["compiled.get(shape)", 4]);
  assertEquals(
    at(12, "counts.set(ms, (counts.get(bucketOf(ms)) ?? 0) + 1);"),
    undefined,
    "a key that is a call is not compared",
  );
  assertEquals(at(13, "seen.set(ms, (seen.get(ms) ?? 0) + 1);"), undefined);
  // A value found under one key and stored under another is passed on (async_hooks' parent
  // context to its child), not a lookup that misses.
  const hooks: [string, string][] = [[
    "file:///p/hooks.js",
    `function init(asyncId, type, parent) {
  const ctx = contexts.get(parent);
  if (ctx) contexts.set(asyncId, ctx);
}
`,
  ]];
  assertEquals(
    lookupWithOtherKey(hooks, {
      location: sourceLocation("file:///p/hooks.js", 3, 3),
      text: "if (ctx) contexts.set(asyncId, ctx);",
    }),
    undefined,
  );
  // Stored under a field of a literal built from the key it is looked up by: the same key.
  const jobs: [string, string][] = [[
    "file:///p/jobs.js",
    `async function enqueue(reminder) {
  if (this.jobs.has(reminder.appointment)) return;
  const job = {
    id: reminder.appointment,
    tries: 0,
  };
  this.jobs.set(job.id, job);
  const other = { id: reminder.ref };
  this.jobs.set(other.id, other);
}
`,
  ]];
  const jobAt = (line: number, text: string) =>
    lookupWithOtherKey(jobs, { location: sourceLocation("file:///p/jobs.js", line, 3), text });
  assertEquals(jobAt(7, "this.jobs.set(job.id, job);"), undefined);
  assertEquals(jobAt(9, "this.jobs.set(other.id, other);")?.location.line, 2);
});

Deno.test("a function that calls itself: the recursive call in its own body, not a later one", () => {
  const spooler = `async function spool() {
  const job = await jobs.take();
  await print(job);
  return spool();
}
spool();
class Poller {
  async tick() {
    await wait(10);
    await this.tick();
  }
}
async function once() {
  await work();
}
once();
`;
  const src: [string, string][] = [["file:///p/spooler.js", spooler]];
  const at = (line: number) => findSelfCall(src, sourceLocation("file:///p/spooler.js", line, 1));
  assertEquals(at(1)?.fn, "spool");
  assertEquals(at(1)?.statement.location.line, 4);
  assertEquals(at(8)?.statement.text, "await this.tick();");
  // A call after the body (the first start) is not recursion.
  assertEquals(at(13), undefined);
});

Deno.test("a value rebuilt only to shrink (filter, slice) grows where it is pushed to", () => {
  const tracker = `class Tracker {
  #changes = [];
  record(c) {
    this.#changes.push(c);
  }
  flush(written) {
    this.#changes = this.#changes.filter((c) => !written.has(c));
    this.#recent = this.#recent.slice(-100);
  }
}
`;
  const src: [string, string][] = [["file:///p/tracker.js", tracker]];
  const found = findAddingStatements(src, { segments: ["tracker", "#changes"], kind: "value" });
  assertEquals(found[0]?.text, "this.#changes.push(c);");
});

Deno.test("an entry set to undefined is a removal (that keeps the key), not an add", () => {
  const rentals = `const activeRentals = {};
export function rent(id, r) {
  activeRentals[id] = r;
}
export function giveBack(id) {
  activeRentals[id] = undefined;
}
`;
  const src: [string, string][] = [["file:///p/rentals.js", rentals]];
  const adds = findAddingStatements(src, { segments: ["activeRentals"], kind: "object" });
  assertEquals(adds.map((a) => a.location.line), [3]);
  const removals = findRemovingStatements(src, { segments: ["activeRentals"], kind: "object" });
  assertEquals(removals.map((a) => a.text), ["activeRentals[id] = undefined;"]);
});

Deno.test("a reset method of a reused object that skips a field; one that clears it is no finding", () => {
  const framework = `export class Context {
  breadcrumbs = [];
  state = {};
  crumb(step) {
    this.breadcrumbs.push(step);
  }
  reset(): void {
    this.state = {};
  }
}
class Pooled {
  items = [];
  release() {
    this.items.length = 0;
  }
}
`;
  const src: [string, string][] = [["file:///p/framework.ts", framework]];
  const found = findSkippingReset(src, "Context", "breadcrumbs");
  assertEquals([found?.location.line, found?.text], [7, "reset(): void {"]);
  assertEquals(findSkippingReset(src, "Context", "state"), undefined);
  assertEquals(findSkippingReset(src, "Pooled", "items"), undefined);
  assertEquals(findSkippingReset(src, "Missing", "items"), undefined);
});

Deno.test("an array rebuilt shorter is a removal; one rebuilt into a local copy leaves the holder as it was", () => {
  const boards = `export class Board {
  revisions = [];
  log = [];
}
function record(board, entry) {
  let { revisions } = board;
  revisions.push(entry);
  if (revisions.length > MAX) {
    revisions = revisions.slice(-MAX);
  }
}
function note(board, line) {
  board.log.push(line);
  board.log = board.log.filter((l) => l.at > cutoff);
}
`;
  const src: [string, string][] = [["file:///p/boards.js", boards]];
  const trims = findRemovingStatements(src, { segments: ["board", "revisions"], kind: "array" });
  assertEquals(trims.map((r) => r.location.line), [9]);
  assertEquals(trimmedLocal(src, trims[0]), "revisions");
  // Assigned back to the property: the holder itself is trimmed.
  const filtered = findRemovingStatements(src, { segments: ["board", "log"], kind: "array" });
  assertEquals(filtered.map((r) => r.location.line), [14]);
  assertEquals(trimmedLocal(src, filtered[0]), undefined);
});

Deno.test("removals ranked by place: one a return skips first, a sweep before a lookup's, clear() last", () => {
  const client = `class Client {
  constructor() {
    this.pending = new Map();
    this.worker.on("error", (err) => {
      this.pending.clear();
    });
  }
  call(id) {
    const timer = setTimeout(() => {
      this.pending.delete(id);
    }, 5000);
    this.pending.set(id, { timer });
  }
  onMessage(msg) {
    const call = this.pending.get(msg.id);
    if (!call) return;
    clearTimeout(call.timer);
    if (msg.error) {
      return call.reject(msg.error);
    }
    this.pending.delete(msg.id);
  }
}
`;
  const src: [string, string][] = [["file:///p/client.js", client]];
  const pending = findRemovingStatements(src, { segments: ["client", "pending"], kind: "map" }, 3);
  assertEquals(pending.map((r) => r.location.line), [21, 10, 5]);
  // The guard on a missing entry skips nothing; the error branch's return does, after the
  // timer that would also have taken the entry out was cleared.
  const lines = client.split("\n");
  assertEquals(skippedByReturn(lines, 20), { line: 19, condition: "msg.error", clearsTimer: true });
  assertEquals(skippedByReturn(lines, 9), undefined);

  const cache = `export class TtlCache {
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }
  sweep() {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
  }
}
`;
  const ttl = findRemovingStatements([["file:///p/ttl.js", cache]], {
    segments: ["cache", "entries"],
    kind: "map",
  });
  assertEquals(ttl.map((r) => r.location.line), [13, 6]);
});

Deno.test("removals ranked by place: the bound after the add in its own function before a purge", () => {
  const cache = `export class PageCache {
  set(key, entry) {
    this.entries.set(key, entry);
    this.bytes += entry.html.length;
    while (this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value;
      this.entries.delete(oldestKey);
      this.bytes -= oldest.size;
    }
  }
  purge(prefix) {
    for (const [key] of this.entries) {
      if (key.startsWith(prefix)) this.entries.delete(key);
    }
  }
}
`;
  const url = "file:///p/cache.js";
  const target = { segments: ["pageCache", "entries"], kind: "map" as const };
  const addedAt = { url, line: 3, column: 5, display: "cache.js:3" };
  // Without the add's place, the purge's sweep ranks first; with it, the eviction.
  const purgeFirst = findRemovingStatements([[url, cache]], target);
  assertEquals(purgeFirst.map((r) => r.location.line), [13, 7]);
  const evictionFirst = findRemovingStatements([[url, cache]], { ...target, addedAt });
  assertEquals(evictionFirst.map((r) => r.location.line), [7, 13]);
});

Deno.test("an object's internal slot grows where the object is handed to a call", () => {
  const exportsTs = `import { shutdown } from "./lifecycle.ts";
export async function startExport(job) {
  const signal = AbortSignal.any([shutdown.signal, job.controller.signal]);
  signal.addEventListener("abort", () => job.cancel(signal.reason), { once: true });
  await job.run(signal);
}
export function onStop(fn) {
  console.log("stopping on", shutdown.signal.aborted);
}`;
  const sources: [string, string][] = [["file:///app/exports.ts", exportsTs]];
  const found = findAddingStatements(sources, {
    segments: ["shutdown", "signal"],
    kind: "any",
    aliases: true,
  });
  // AbortSignal.any() ties a signal to it; a read of one of its properties hands it nothing.
  assertEquals(found.map((f) => f.location.line), [3]);
});

Deno.test("listeners added by a call the emitter is handed to: a helper's own add and removal, an API's option", () => {
  const lib = `export function listen(target, type, listener, options) {
  if (!target || typeof target.addEventListener !== "function") {
    throw new TypeError("listen: target is not an EventTarget");
  }
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener);
}`;
  const quotes = `import { listen } from "./node_modules/disposable-listener/index.js";
export function quote(req) {
  const stop = listen(tariffBook, "republish", onRepublish, { capture: true });
  const replies = readline.createInterface({ input: engine.stdout });
  replies.on("line", onLine);
}`;
  const sources: [string, string][] = [
    ["file:///app/node_modules/disposable-listener/index.js", lib],
    ["file:///app/quotes.js", quotes],
  ];
  const tariffs = findAddingStatements(sources, {
    segments: ["tariffBook"],
    kind: "listeners",
    event: "republish",
  });
  assertEquals(tariffs.map((f) => f.location.line), [3]);
  const helper = listenerHelper(sources, tariffs[0]);
  assertEquals(helper?.adds.location.line, 5);
  assertEquals(helper?.adds.location.url, "file:///app/node_modules/disposable-listener/index.js");
  assertEquals(helper?.removes.map((r) => r.location.line), [6]);
  const stdout = findAddingStatements(sources, {
    segments: ["engine", "stdout"],
    kind: "listeners",
    event: "data",
  });
  assertEquals(stdout.map((f) => f.location.line), [4]);
  // A direct listener of the emitter is no helper's.
  assertEquals(
    listenerHelper(sources, { ...stdout[0], text: 'replies.on("line", onLine);' }),
    undefined,
  );
});

Deno.test("what a handler was handed to: the declaration of its receiver, or the call it is given to", () => {
  const code = `export function request(message) {
  return new Promise((resolve) => {
    const [local, remote] = openPair();
    const { port1, port2 } = new MessageChannel();
    port2.onmessage = (event) => resolve(event.data);
    const socket = net.connect(4000);
    socket.on("data", (chunk) => resolve(chunk));
    const watcher = fs.watch(dir, (kind) => resolve(kind));
    local.addEventListener("message", (e) => resolve(e));
  });
}
`;
  const url = "file:///p/rpc.js";
  const lines = code.split("\n");
  const handlerOn = (line: number, marker: string) =>
    findReceiverDeclaration(
      [[url, code]],
      sourceLocation(url, line, lines[line - 1].indexOf(marker) + 1),
    );
  assertEquals(
    handlerOn(5, "(event)")?.location.line,
    4,
    "a property handler: its port's destructuring",
  );
  assertEquals(handlerOn(7, "(chunk)")?.location.line, 6, "a listener: its socket's declaration");
  assertEquals(
    handlerOn(8, "(kind)")?.location.line,
    8,
    "handed to the call that makes the object",
  );
  assertEquals(handlerOn(9, "(e)")?.location.line, 3, "an array destructuring");
  assertEquals(handlerOn(2, "(resolve)"), undefined, "handed to nothing that keeps it");
});

Deno.test("a suspended frame's slot: the one local of its function that makes that collection", () => {
  const code = `export function* ticketNumbers(prefix: string) {
  const handedOut = new Set<string>();
  const recent: string[] = [];
  while (true) yield next(handedOut, recent);
}
export async function drain(queue) {
  const seen = new Map();
  const late = new Map();
  for await (const job of queue) seen.set(job.id, job);
}
`;
  const url = "file:///p/gen.ts";
  const at = (line: number, cls: string) =>
    findFrameLocal([[url, code]], sourceLocation(url, line, 1), cls);
  assertEquals(at(1, "Set"), "handedOut");
  assertEquals(at(1, "Array"), "recent");
  assertEquals(at(1, "Map"), undefined, "no Map in this function (the next one's are not its own)");
  assertEquals(at(6, "Map"), undefined, "two Maps: the slot could be either");
});

Deno.test("removals ranked by place: cleanup on a failure after the normal path's", () => {
  const shared = `export class Shared {
  open(key) {
    const entry = { key, users: 1 };
    entry.ready = load(key).then((value) => value, (err) => {
      this.entries.delete(key);
      throw err;
    });
    this.entries.set(key, entry);
    return entry;
  }
  close(key) {
    const entry = this.entries.get(key);
    try {
      entry.handle.close();
    } catch (err) {
      this.entries.delete(key);
    }
    if (--entry.users === 0) this.entries.delete(key);
  }
}
`;
  const url = "file:///p/shared.js";
  const target = { segments: ["shared", "entries"], kind: "map" as const };
  const found = findRemovingStatements([[url, shared]], target, 3);
  assertEquals(found.map((r) => r.location.line), [18, 5, 16]);
});

Deno.test("a holder grown inside a function of another module its owner is handed to", () => {
  const app = `import assign from "./lib/assign.js";
export function save(cart, patch) {
  if (patch) assign(cart.totals, patch);
}
`;
  const lib = `module.exports = function assign(target, source) {
  for (const key of Object.keys(source)) {
    if (Array.isArray(target[key])) target[key].push(...source[key]);
    else target[key] = source[key];
  }
  return target;
};
`;
  const sources: [string, string][] = [
    ["file:///p/app.js", app],
    ["file:///p/lib/assign.js", lib],
  ];
  const found = findHandedHelperAdd(sources, ["carts", "totals", "lines"], "array");
  assertEquals(found?.adds.location.url, "file:///p/lib/assign.js");
  assertEquals(found?.adds.location.line, 3);
  assertEquals(found?.call.location.line, 3);
  const twoAdds = lib.replace("else target[key] = source[key];", "else target.extra.push(key);");
  assertEquals(
    findHandedHelperAdd([sources[0], ["file:///p/lib/assign.js", twoAdds]], [
      "carts",
      "totals",
      "lines",
    ], "array"),
    undefined,
    "two adds in the module: which one is not known",
  );
  assertEquals(findHandedHelperAdd(sources, ["carts", "totals", "lines"], "map"), undefined);
});

Deno.test("a chain's head: set to each new link, not moved back along it, nor trimmed beside another", () => {
  const lots = `interface Lot {
  leading?: Bid;
  recent: Bid[];
}
export function place(lot: Lot, bidder: string) {
  const bid = { bidder, previous: lot.leading };
  lot.leading = bid;
  lot.recent.unshift(bid);
  if (lot.recent.length > 10) lot.recent.pop();
}
export function retract(lot: Lot) {
  const retracted = lot.leading;
  lot.leading = retracted.previous;
}
`;
  const src: [string, string][] = [["file:///p/lots.ts", lots]];
  const found = findAddingStatements(src, {
    segments: ["lots", "leading"],
    kind: "value",
    link: "previous",
  });
  // Not the retraction (line 13), and the trim of `recent` does not bound `leading`.
  assertEquals(found[0]?.location.line, 7);
  // A TypeScript optional field declares it.
  assertEquals(findDeclarationOf(src, ["lot", "leading"])?.line, 2);
});

Deno.test("a removal that ages the oldest entries out on every add makes a window, not a leak", () => {
  const url = "file:///app/rates.ts";
  const source = [
    "export class RateWindow {", //                                    1
    "  times: number[] = [];", //                                       2
    "  seen = new Map<string, { at: number }>();", //                   3
    "  record(key: string, now = Date.now()): void {", //               4
    "    this.times.push(now);", //                                     5
    "    this.seen.set(key, { at: now });", //                          6
    "    this.prune(now);", //                                          7
    "  }", //                                                           8
    "  prune(now = Date.now()): void {", //                             9
    "    const cutoff = now - 1000;", //                                10
    "    while (this.times.length > 0 && this.times[0] < cutoff) this.times.shift();", // 11
    "  }", //                                                           12
    "  get(key: string) {", //                                          13
    "    const hit = this.seen.get(key);", //                           14
    "    if (hit && Date.now() - hit.at > 1000) this.seen.delete(key);", // 15
    "    return hit;", //                                               16
    "  }", //                                                           17
    "  cap() {", //                                                     18
    "    while (this.times.length > 500) this.times.shift();", //       19
    "  }", //                                                           20
    "}", //                                                             21
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const at = (line: number) => ({
    location: sourceLocation(url, line, 5),
    text: source.split("\n")[line - 1].trim(),
  });
  assertEquals(enclosingFunction(sources, at(5).location)?.name, "record");
  assertEquals(enclosingFunction(sources, at(11).location)?.name, "prune");
  // The oldest off the front once older than now - span, in a function the add calls.
  assertEquals(agesOutOnAdd(sources, at(5), at(11)), true);
  // A lookup that drops an expired entry when it is read again: a key never read stays.
  assertEquals(agesOutOnAdd(sources, at(6), at(15)), false);
  // A cap by count, not by age; and not called where entries are added.
  assertEquals(agesOutOnAdd(sources, at(5), at(19)), false);
});

Deno.test("adds through a function that returns the collection, in another file", () => {
  const pricing = [
    "const rulesByChannel = new Map();", // 1
    "export function rulesFor(channel) {", // 2
    "  let rules = rulesByChannel.get(channel);", // 3
    "  if (!rules) {", // 4
    "    rules = baseRules();", // 5
    "    rulesByChannel.set(channel, rules);", // 6
    "  }", // 7
    "  return rules;", // 8
    "}", // 9
    "export const state = { audit: { log: [] } };", // 10
    "export function auditLog() {", // 11
    "  return state.audit.log;", // 12
    "}", // 13
  ].join("\n");
  const server = [
    'import { auditLog, rulesFor } from "./pricing.mjs";', // 1
    "export function quote(body) {", // 2
    "  const rules = rulesFor(body.channel);", // 3
    "  rules.push(couponRule(body.coupon));", // 4
    "  auditLog().push({ at: Date.now() });", // 5
    "  return price(rules);", // 6
    "}", // 7
  ].join("\n");
  const sources: [string, string][] = [
    ["file:///p/pricing.mjs", pricing],
    ["file:///p/server.mjs", server],
  ];
  const keyed = findAddingStatements(sources, {
    segments: ["rulesByChannel"],
    kind: "array",
    keyed: true,
  });
  assertEquals([keyed[0]?.location.url, keyed[0]?.location.line], ["file:///p/server.mjs", 4]);
  const plain = findAddingStatements(sources, {
    segments: ["state", "audit", "log"],
    kind: "array",
  });
  assertEquals([plain[0]?.location.url, plain[0]?.location.line], ["file:///p/server.mjs", 5]);
});

Deno.test("a function named as a Map's method returns the collection: only its own file's calls are its", () => {
  // A pool's free list: get() hands out the head.
  const pool = [
    "function makePool(Make) {", // 1
    "  let head = new Make();", // 2
    "  function get() {", // 3
    "    const current = head;", // 4
    "    head = current.next ?? new Make();", // 5
    "    return current;", // 6
    "  }", // 7
    "  return { get };", // 8
    "}", // 9
  ].join("\n");
  // Another package's Map of Maps: `.get(ns)` is the Map's.
  const digits = [
    "const byNs = new Map();", // 1
    "export function regexFor(ns, suffix) {", // 2
    "  let bySuffix = byNs.get(ns);", // 3
    "  bySuffix.set(suffix, new RegExp(suffix));", // 4
    "}", // 5
  ].join("\n");
  const sources: [string, string][] = [
    ["file:///p/pool.js", pool],
    ["file:///p/digits.js", digits],
  ];
  assertEquals(findAddingStatements(sources, { segments: ["pool", "head"], kind: "any" }), []);
  // A name of its own is called the same anywhere (`rulesFor`, above).
  const renamed = sources.map(([u, t]): [string, string] => [
    u,
    t.replaceAll("get(", "take(").replace("byNs.take(", "take("),
  ]);
  assertEquals(
    findAddingStatements(renamed, { segments: ["pool", "head"], kind: "any" })[0]?.location.line,
    4,
  );
});

Deno.test("a dictionary grown by computed keys in a function the holder's owner is handed to", () => {
  const merge = [
    "export function mergePatch(target, patch) {", // 1
    "  for (const [key, value] of Object.entries(patch)) {", // 2
    "    if (value === null) delete target[key];", // 3
    "    else if (isObject(value)) {", // 4
    "      let child = target[key];", // 5
    "      if (!isObject(child)) {", // 6
    "        child = {};", // 7
    "        target[key] = child;", // 8
    "      }", // 9
    "      mergePatch(child, value);", // 10
    "    } else target[key] = value;", // 11
    "  }", // 12
    "}", // 13
  ].join("\n");
  const shadow = [
    'import { mergePatch } from "./merge.ts";', // 1
    "export function update(shadow, patch) {", // 2
    '  for (const side of ["desired", "reported"]) {', // 3
    "    mergePatch(shadow.state[side], patch.state[side]);", // 4
    "  }", // 5
    "}", // 6
  ].join("\n");
  const sources: [string, string][] = [
    ["file:///p/merge.ts", merge],
    ["file:///p/shadow.ts", shadow],
  ];
  const found = findHandedHelperAdd(
    sources,
    ["shadows", "state", "reported", "samples"],
    "object",
  );
  // The write that stores what the function made, not the ones that overwrite a value.
  assertEquals(found?.adds.location.line, 8);
  assertEquals([found?.call.location.url, found?.call.location.line], ["file:///p/shadow.ts", 4]);
});

Deno.test("adds through a static accessor called on an expression: (entity.constructor).identity().set(", () => {
  const model = [
    "export class Model {", // 1
    "  static #identityMaps = new Map();", // 2
    "  static identity() {", // 3
    "    let map = Model.#identityMaps.get(this);", // 4
    "    if (!map) Model.#identityMaps.set(this, map = new Map());", // 5
    "    return map;", // 6
    "  }", // 7
    "  static remember(entity) {", // 8
    "    (entity.constructor as typeof Model).identity().set(entity.id, entity);", // 9
    "    return entity;", // 10
    "  }", // 11
    "}", // 12
  ].join("\n");
  const found = findAddingStatements([["file:///p/model.ts", model]], {
    segments: ["Model", "#identityMaps"],
    kind: "map",
    keyed: true,
  });
  assertEquals(found[0]?.location.line, 9);
});

Deno.test("a Proxy's target grows where a trap writes to it, a get trap that makes branches first", () => {
  const tree = [
    "export function tree() {", // 1
    "  return new Proxy({}, {", // 2
    "    set(obj, key, value) {", // 3
    "      return Reflect.set(obj, key, value);", // 4
    "    },", // 5
    "    get(target, key, receiver) {", // 6
    '      if (typeof key === "symbol" || key in target) return Reflect.get(target, key, receiver);', // 7
    "      const branch = tree();", // 8
    "      target[key] = branch;", // 9
    "      return branch;", // 10
    "    },", // 11
    "  });", // 12
    "}", // 13
  ].join("\n");
  const found = findProxyTrapAdd([["file:///p/tree.ts", tree]]);
  assertEquals([found?.statement.location.line, found?.trap], [9, "get"]);
  // No Proxy: nothing.
  assertEquals(findProxyTrapAdd([["file:///p/a.ts", "const o = {};\no[k] = v;\n"]]), undefined);
});

Deno.test("the reads of a holder's keys: where a get trap that makes entries runs", () => {
  const access = [
    'import { blocks } from "./blocks.ts";', // 1
    "// blocks.badges[badge] in a comment", // 2
    "export function decide(badge, now) {", // 3
    "  if (blocks.badges[badge].until > now) return false;", // 4
    "  return unblocked.badges[badge] === undefined;", // 5
    "}", // 6
  ].join("\n");
  const reads = findKeyedReads([["file:///p/access.ts", access]], ["blocks", "badges"]);
  assertEquals(reads.map((r) => r.line), [4]);
});

Deno.test("a holder handed as an argument to helpers that add to their parameter", () => {
  const vclock = [
    "export function observe(vector, replica, counter) {", // 1
    "  if ((vector.get(replica) ?? 0) >= counter) return;", // 2
    "  vector.set(replica, counter);", // 3
    "}", // 4
    "export function mergeInto(into, from) {", // 5
    "  for (const [replica, counter] of from) observe(into, replica, counter);", // 6
    "}", // 7
  ].join("\n");
  const sheets = [
    'import { mergeInto } from "./vclock.ts";', // 1
    "export function write(cue, seen) {", // 2
    "  mergeInto(cue.context, seen);", // 3
    "}", // 4
  ].join("\n");
  const sources: [string, string][] = [
    ["file:///p/vclock.ts", vclock],
    ["file:///p/sheets.ts", sheets],
  ];
  const found = findParameterAdd(sources, ["sheets", "cues", "context"], "map");
  assertEquals([found?.adds.location.url, found?.adds.location.line], ["file:///p/vclock.ts", 3]);
  assertEquals([found?.call.location.url, found?.call.location.line], ["file:///p/sheets.ts", 3]);
  // A parameter the helper only reads is no add.
  assertEquals(findParameterAdd(sources, ["sheets", "cues", "seen"], "map"), undefined);
});

Deno.test("an LRU's set, deleting the key only when present, is its insert, not a move", () => {
  const lru = [
    "class LruCache {", // 1
    "  get(key) {", // 2
    "    const hit = this.map.get(key);", // 3
    "    this.map.delete(key);", // 4
    "    this.map.set(key, hit);", // 5
    "    return hit;", // 6
    "  }", // 7
    "  set(key, value) {", // 8
    "    if (this.map.has(key)) this.map.delete(key);", // 9
    "    else this.length++;", // 10
    "    this.map.set(key, value);", // 11
    "  }", // 12
    "}", // 13
  ].join("\n");
  const found = findAddingStatements([["file:///p/lru.cjs", lru]], {
    segments: ["pages", "map"],
    kind: "map",
  });
  assertEquals(found[0]?.location.line, 11);
});

Deno.test("the constant cap a removal keeps a list under", () => {
  const url = "file:///p/envelopes.cjs";
  const source = [
    "const ARCHIVED = 40;", // 1
    "function close(e) {", // 2
    "  archived.push(e);", // 3
    "  if (archived.length > ARCHIVED) archived.shift();", // 4
    "  while (recent.length >= 10) recent.shift();", // 5
    "  if (seen.size > this.max) seen.clear();", // 6
    "}", // 7
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const at = (line: number) => ({
    location: sourceLocation(url, line, 3),
    text: source.split("\n")[line - 1].trim(),
  });
  assertEquals(cappedAt(sources, at(4)), 40);
  assertEquals(cappedAt(sources, at(5)), 9);
  // A bound the source does not fix: unknown.
  assertEquals(cappedAt(sources, at(6)), undefined);
  // The removal's own cap, not the one of what the condition around it counts.
  assertEquals(
    cappedAt(sources, { ...at(4), within: "if (this.#bids.length >= BIDS_PER_LOT) {" }),
    40,
  );
  // Drained while not empty: no cap.
  const drain: [string, string][] = [[
    url,
    "while (this.waiting.length > 0) this.waiting.shift();\n",
  ]];
  assertEquals(
    cappedAt(drain, {
      location: sourceLocation(url, 1, 1),
      text: "this.waiting.shift();",
      within: "while (this.waiting.length > 0) {",
    }),
    undefined,
  );
});

Deno.test("an async iterator's next() called without awaiting it, before the ones awaited", () => {
  const url = "file:///app/feed.ts";
  const text = [
    "export async function first(it) {",
    "  const { value } = await it.next();",
    "  return value;",
    "}",
    "// sources.map((s) => s.next())",
    "export async function* merge(...sources) {",
    "  while (true) {",
    "    const { result } = await Promise.race(",
    "      sources.map((source, i) => source.next().then((result) => ({ result, i }))),",
    "    );",
    "    yield result.value;",
    "  }",
    "}",
  ].join("\n");
  assertEquals(findUnawaitedNext([[url, text]])?.location.line, 9);
  assertEquals(
    findUnawaitedNext([[url, text.split("\n").slice(0, 4).join("\n")]])?.location.line,
    2,
  );
  assertEquals(findUnawaitedNext([[url, "const x = 1;"]]), undefined);
});

Deno.test("where a call's result is stored: the variable or property, and the statement", () => {
  const url = "file:///app/board.ts";
  const text = [
    "export async function runBoard() {",
    "  const scanFeed = scans.subscribe();",
    "  const alertFeed = alerts . subscribe();",
    "  this.feed = await alerts.open();",
    "}",
  ].join("\n");
  const stored = findStoredCall([[url, text]], "alerts.subscribe()");
  assertEquals(stored?.name, "alertFeed");
  assertEquals(stored?.statement.location.line, 3);
  assertEquals(findStoredCall([[url, text]], "alerts.open()")?.name, "this.feed");
  assertEquals(findStoredCall([[url, text]], "alerts.close()"), undefined);
});

Deno.test("removing statements: an eviction before the add in its own function comes first", () => {
  const src = [
    "class Lru {",
    "  get(key) {",
    "    const entry = this.map.get(key);",
    "    if (entry && entry.expires < Date.now()) this.map.delete(key);",
    "    return entry?.value;",
    "  }",
    "  set(key, value) {",
    "    if (this.map.size >= this.max) this.map.delete(this.map.keys().next());",
    "    this.map.set(key, { value });",
    "  }",
    "}",
  ].join("\n");
  const url = "file:///p/lru.js";
  const found = findRemovingStatements([[url, src]], {
    segments: ["cache", "map"],
    kind: "map",
    addedAt: sourceLocation(url, 9, 5),
  });
  assertEquals(found.map((s) => s.location.line), [8, 4]);
  assertMatch(
    iteratorResultFix(found[0]) ?? "",
    /this\.map\.keys\(\)\.next\(\) is the iterator's result/,
  );
  assertEquals(iteratorResultFix(found[1]), undefined);
});

Deno.test("storing statements: a stream controller's enqueue of an object of the kept shape", () => {
  const src = [
    "let controller;",
    "const orders = new ReadableStream({ start(c) { controller = c; } });",
    "export function publish(order) {",
    "  const event = {",
    "    type: order.type,",
    "    orderId: order.id,",
    "    at: Date.now(),",
    "  };",
    "  controller.enqueue(event);",
    "}",
  ].join("\n");
  const found = findStoringStatements([["file:///p/events.ts", src]], {
    keptShapes: [["type", "orderId", "at"]],
  });
  assertEquals(found.map((f) => [f.statement.location.line, f.receiver]), [[9, "controller"]]);
});

Deno.test("listeners added on the emitter under another name, and a removal with another listener", () => {
  const src = [
    "import { machineRoom } from './machines.mjs';",
    "export class CutJob {",
    "  constructor(spec, room = machineRoom) {",
    "    this.room = room;",
    "    room.addEventListener('status', this);",
    "  }",
    "  finish() {",
    "    this.room.removeEventListener('status', this.handleEvent);",
    "  }",
    "}",
    "export function watch(panel) {",
    "  panel.addEventListener('resize', onResize);",
    "}",
  ].join("\n");
  const url = "file:///p/jobs.mjs";
  const sources: [string, string][] = [[url, src]];
  const add = findListenerAddForEvent(sources, "status", "machineRoom");
  assertEquals([add?.statement.location.line, add?.receiver], [5, "room"]);
  const removal = findRemovingStatements(sources, {
    segments: ["room"],
    kind: "listeners",
    event: "status",
  })[0];
  assertEquals(removal?.location.line, 8);
  assertMatch(
    otherListenerFix(add?.statement, removal) ?? "",
    /passes this\.handleEvent, but the listener added was this/,
  );
  assertEquals(findListenerAddForEvent(sources, "close", "machineRoom"), undefined);
  const bound = {
    location: removal.location,
    text: "room.on('status', this.onStatus.bind(this));",
  };
  const unbound = {
    location: removal.location,
    text: "room.off('status', this.onStatus.bind(this));",
  };
  assertMatch(otherListenerFix(bound, unbound) ?? "", /makes a new function each time/);
  // A function written inline as the listener, and a method removed in its place.
  const inline = { location: removal.location, text: 'feed.on("change", function onChange(u) {' };
  const method = {
    location: removal.location,
    text: 'feed.removeListener("change", this.reprice);',
  };
  assertMatch(
    otherListenerFix(inline, method) ?? "",
    /written there \(function onChange …, line 8\).*passes this\.reprice.*\(this\.onChange = …\)/,
  );
  // A non-null assertion names the same function: not another listener.
  const asserted = { location: removal.location, text: 'feed.off("change", this.onChange!);' };
  const same = { location: removal.location, text: 'feed.on("change", this.onChange);' };
  assertEquals(otherListenerFix(same, asserted), undefined);
  const arrow = { ...inline, text: 'feed.on("change", (u) => {' };
  assertMatch(otherListenerFix(arrow, method) ?? "", /\(\(u\) => …, line 8\).*this\.listener = …/);
});

Deno.test("a collection's method handed on without its object is a removal that removes nothing", () => {
  const src = [
    "class Store {",
    "  sweep(now) {",
    "    const done = [...this.#entries].filter(([, e]) => e.expiresAt < now).map(([k]) => k);",
    "    done.forEach(this.#entries.delete, this);",
    "  }",
    "}",
  ].join("\n");
  const found = findRemovingStatements([["file:///p/store.cjs", src]], {
    segments: ["store", "#entries"],
    kind: "map",
  });
  assertEquals(found.map((s) => s.location.line), [4]);
  assertMatch(
    detachedMethodFix(found[0]) ?? "",
    /hands this\.#entries\.delete on as a bare function/,
  );
  assertEquals(
    detachedMethodFix({ ...found[0], text: "keys.forEach(map.delete.bind(map));" }),
    undefined,
  );
});

Deno.test("removing statements: a delete of the added key after the add (in a finally) ends the entry", () => {
  const src = [
    "export async function withLock(key, task) {",
    "  const run = (locks.get(key) ?? Promise.resolve()).then(task);",
    "  locks.set(key, run);",
    "  try {",
    "    return await run;",
    "  } finally {",
    "    if (locks.get(key) === run) locks.delete(key);",
    "  }",
    "}",
  ].join("\n");
  const url = "file:///p/mutex.mjs";
  const found = findRemovingStatements([[url, src]], {
    segments: ["locks"],
    kind: "map",
    addedAt: sourceLocation(url, 3, 3),
  });
  assertEquals(found.map((s) => s.location.line), [7]);
});

Deno.test("removing statements: a drain while the head is due is a sweep; a day-long window is no run's miss", () => {
  const queue = [
    "export class HoldBook {",
    "  #queue = [];",
    "  place(hold) {",
    "    this.#queue.push(hold);",
    "    this.#queue.sort((a, b) => a.expiresAt > b.expiresAt);",
    "  }",
    "  take(id) {",
    "    const at = this.#queue.findIndex((h) => h.id === id);",
    "    return at === -1 ? undefined : this.#queue.splice(at, 1)[0];",
    "  }",
    "  sweep(now = Date.now()) {",
    "    while (this.#queue.length > 0 && this.#queue[0].expiresAt <= now) {",
    "      this.#queue.shift();",
    "    }",
    "  }",
    "}",
  ].join("\n");
  const q: [string, string][] = [["file:///p/holds.mjs", queue]];
  const found = findRemovingStatements(q, { segments: ["holds", "#queue"], kind: "array" });
  assertEquals(found[0]?.location.line, 13);
  assertMatch(
    booleanSortFix(q, "#queue") ?? "",
    /sorted at line 5 with a comparator that returns a boolean/,
  );
  assertEquals(
    booleanSortFix([["file:///p/x.mjs", "list.sort((a, b) => a.at - b.at);"]], "list"),
    undefined,
  );
  const tracker = [
    "const GIVE_UP_MS = 24 * 60 * 60_000;",
    "class Tracker {",
    "  ack(id) {",
    "    if (this.pending.delete(id)) this.acked++;",
    "  }",
    "  retryDue(now = Date.now()) {",
    "    for (const [id, entry] of this.pending) {",
    "      if (now - entry.firstSentAt > GIVE_UP_MS) {",
    "        this.pending.delete(id);",
    "      }",
    "    }",
    "  }",
    "}",
  ].join("\n");
  const t: [string, string][] = [["file:///p/tracker.cjs", tracker]];
  assertEquals(
    findRemovingStatements(t, { segments: ["tracker", "pending"], kind: "map" }).map((s) =>
      s.location.line
    ),
    [4, 9],
  );
  const short = tracker.replace("24 * 60 * 60_000", "5_000");
  assertEquals(
    findRemovingStatements([["file:///p/tracker.cjs", short]], {
      segments: ["tracker", "pending"],
      kind: "map",
    })[0]?.location.line,
    9,
  );
});

Deno.test("adding statements: the one that hands over a new object of the entries' class, and a disposable stack's use()", () => {
  const src = [
    "export const lifecycle = new AsyncDisposableStack();",
    "export const pages = lifecycle.use(new PagePool());",
    "export function openWorkspace(job) {",
    "  return lifecycle.use(new Workspace(job));",
    "}",
  ].join("\n");
  const found = findAddingStatements([["file:///p/lifecycle.ts", src]], {
    segments: ["lifecycle"],
    kind: "any",
    entryClass: "Workspace",
  });
  assertEquals(found[0]?.location.line, 4);
});

Deno.test("of two adds, the one storing an object literal of the kept shape wins", () => {
  const text = `class Cache {
  get(key) {
    const pending = { pending: true, promise: this.fill(key) };
    this.entries.set(key, pending);
    return pending.promise;
  }
  put(key, value) {
    const entry = { pending: false, value, promise: Promise.resolve(value), expiresAt: 0 };
    this.entries.set(key, entry);
  }
}
`;
  const sources: [string, string][] = [["file:///app/cache.js", text]];
  const target = { segments: ["cache", "entries"], kind: "map" as const };
  assertEquals(findAddingStatements(sources, target)[0].text, "this.entries.set(key, pending);");
  const kept = findAddingStatements(sources, {
    ...target,
    keptShapes: [["pending", "value", "promise"]],
  });
  assertEquals(kept[0].text, "this.entries.set(key, entry);");
});

Deno.test("a TypeScript generic function or method opens a function", () => {
  const url = "file:///app/signal.ts";
  const source = [
    "export class Signal<T> {", //                                                      1
    "  subscribe<O extends object>(owner: O, method: (this: O, v: T) => void): void {", // 2
    "    const handler = method.bind(owner);", //                                        3
    "  }", //                                                                            4
    "}", //                                                                              5
    "export function track<K, V>(map: Map<K, V>): void {", //                            6
    "  map.clear();", //                                                                 7
    "}", //                                                                              8
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  assertEquals(enclosingFunction(sources, sourceLocation(url, 3, 5))?.name, "subscribe");
  assertEquals(enclosingFunction(sources, sourceLocation(url, 7, 3))?.name, "track");
});

Deno.test("a method whose parameters span lines opens a function at its name", () => {
  const url = "file:///app/sync.ts";
  const source = [
    "export class Sync {", //                                    1
    "  async run(", //                                           2
    "    key: string,", //                                       3
    "    fn: (opts: { retry: boolean }) => Promise<void>,", //   4
    "  ): Promise<{ ok: boolean }> {", //                        5
    "    this.#seen.set(key, Date.now());", //                   6
    "    await fn({ retry: false });", //                        7
    "  }", //                                                    8
    "}", //                                                      9
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const fn = enclosingFunction(sources, sourceLocation(url, 6, 5));
  assertEquals(fn?.name, "run");
  assertEquals(fn?.line, 2);
  assertEquals(fn?.text.split("\n").length, 7);
  assert(fn?.text.includes("Date.now()"));
});

Deno.test("removing statements: out of a copy an accessor hands out, and a key built anew", () => {
  const url = "file:///app/feed.ts";
  const feed = `class Feed {
  #followers = [];
  get followers() {
    return [...this.#followers];
  }
  follow(f) {
    this.#followers.push(f);
  }
  unfollow(device) {
    const followers = this.followers;
    const at = followers.findIndex((f) => f.device === device);
    followers.splice(at, 1);
  }
}
`;
  const found = findRemovingStatements([[url, feed]], {
    segments: ["feed", "#followers"],
    kind: "array",
  });
  assertEquals(found.map((s) => s.text), ["followers.splice(at, 1);"]);
  assertEquals(removesFromCopy([[url, feed]], found[0], "#followers"), { accessor: "followers" });

  const holds = `export function hold(selection, h) {
  holds.set(keyOf(selection), h);
}
export function confirm(selection) {
  const h = holds.get(keyOf(selection));
  if (!h) return null;
  holds.delete(keyOf(h.selection));
}
export function release(court, slot) {
  holds.delete(keyOf({ court, slot }));
}
`;
  const removals = findRemovingStatements([[url, holds]], {
    segments: ["holds"],
    kind: "map",
    addedAt: sourceLocation(url, 2, 3),
  });
  assertEquals(removals[0].text, "holds.delete(keyOf({ court, slot }));");
});

Deno.test("removing statements: a splice while walking forward and a delete in a lazy iterator helper come first", () => {
  const url = "file:///app/bus.js";
  const bus = `export class Bus {
  off(sub) {
    this.subscriptions = this.subscriptions.filter((s) => s !== sub);
  }
  offAll(owner) {
    for (let i = 0; i < this.subscriptions.length; i++) {
      if (this.subscriptions[i].owner === owner) this.subscriptions.splice(i, 1);
    }
  }
}
`;
  const found = findRemovingStatements([[url, bus]], {
    segments: ["bus", "subscriptions"],
    kind: "array",
  });
  assertEquals(found[0].location.line, 7);
  assertEquals(splicesWalkingForward(bus.split("\n"), 6), true);
  // Stepping back after the splice skips nothing.
  const stepped = bus.replace("splice(i, 1);", "splice(i--, 1);");
  assertEquals(splicesWalkingForward(stepped.split("\n"), 6), false);

  const locks = `const locks = new Map();
export function take(id) {
  const lock = locks.get(id);
  if (!lock) return undefined;
  locks.delete(id);
  return lock;
}
export function sweep(now) {
  return locks.values()
    .filter((lock) => lock.expiresAt <= now)
    .map((lock) => {
      locks.delete(lock.id);
      return lock;
    });
}
`;
  const removals = findRemovingStatements([[url, locks]], { segments: ["locks"], kind: "map" });
  assertEquals(removals[0].location.line, 12);
  assertEquals(insideLazyHelper(locks.split("\n"), 11), true);
  assertEquals(insideLazyHelper(locks.split("\n"), 4), false);
});

Deno.test("adds: an object's own field filled in its constructor comes after its method's; a getter of a nested cell", () => {
  const url = "file:///app/bloom.ts";
  const bloom = `export class Bloom {
  #layers = [];
  constructor() {
    this.#layers.push(this.#newLayer());
  }
  add(key) {
    const current = this.#newLayer();
    this.#layers.push(current);
  }
}
`;
  const adds = findAddingStatements([[url, bloom]], {
    segments: ["seen", "#layers"],
    kind: "array",
  });
  assertEquals(adds[0].text, "this.#layers.push(current);");
  // Per object when it registers the object elsewhere: not held back.
  const registry = `class Ctx {
  static all = [];
  constructor() {
    Ctx.all.push(this);
  }
}
`;
  assertEquals(
    findAddingStatements([[url, registry]], { segments: ["Ctx", "all"], kind: "array" })[0].text,
    "Ctx.all.push(this);",
  );
  const week = `export const week = [[], []];
export function cellFor(date, hour) {
  return week[new Date(date).getUTCDay()][hour];
}
export function place(r) {
  cellFor(r.date, r.hour).push(r);
}
`;
  assertEquals(
    findAddingStatements([[url, week]], { segments: ["week"], kind: "array", keyed: true })[0]
      .text,
    "cellFor(r.date, r.hour).push(r);",
  );
});

Deno.test("callers of a method named like a collection's are found on the name the program keeps the object under", () => {
  const lib = "file:///app/node_modules/stash-cache/index.js";
  const app = "file:///app/quotes.mjs";
  const sources: [string, string][] = [
    [lib, "class Cache {\n  set(key, value) {\n    this.data.set(key, value);\n  }\n}\n"],
    [app, "const seen = new Map();\nseen.set(id, 1);\nquoteCache.set(key, rating, ttl);\n"],
  ];
  const add = sourceLocation(lib, 3, 5);
  assertEquals(findCallers(sources, add), []);
  assertEquals(findCallers(sources, add, 6, "quoteCache").map((l) => `${l.url}:${l.line}`), [
    `${app}:3`,
  ]);
});

Deno.test("a TypeScript arrow function with a return type, in parentheses, opens a function; its callers by the name the program binds it to", () => {
  const memoUrl = "file:///app/vendor/memo.ts";
  const memo = [
    "export function memoize<A extends unknown[], R>(fn: (...args: A) => R) {", // 1
    "  const entries = new Map<string, R>();", //                                2
    "  const memo = ((...args: A): R => {", //                                  3
    "    const value = fn(...args);", //                                         4
    "    entries.set(JSON.stringify(args), value);", //                          5
    "    return value;", //                                                      6
    "  }) as (...args: A) => R;", //                                             7
    "  const size = (): number => entries.size;", //                            8
    "  return memo;", //                                                         9
    "}", //                                                                      10
  ].join("\n");
  const appUrl = "file:///app/travel.ts";
  const app = [
    "export const travelTime = memoize(estimate);",
    "export function plan(a, b) {",
    "  // travelTime(a, b) is cached",
    "  return [travelTime(a, b), travelTime(b, a)];",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[memoUrl, memo], [appUrl, app]];
  assertEquals(enclosingFunction(sources, sourceLocation(memoUrl, 5, 5))?.name, "memo");
  // The calls, a line each; not the binding, nor a comment.
  assertEquals(findCallsOf(sources, "travelTime").map((l) => l.line), [4]);
});

Deno.test("the callers of an add inside a closure the program binds under another name", () => {
  const memoUrl = "file:///app/vendor/memo.ts";
  const memo = [
    "export function memoize(fn) {",
    "  const entries = new Map();",
    "  const memo = ((...args) => {",
    "    entries.set(JSON.stringify(args), fn(...args));",
    "  });",
    "  return memo;",
    "}",
  ].join("\n");
  const appUrl = "file:///app/travel.ts";
  const app = "export const travelTime = memoize(estimate);\nplan(travelTime(a, b));\n";
  const sources: [string, string][] = [[memoUrl, memo], [appUrl, app]];
  const path = {
    root: "module",
    steps: [
      { node: "system / Cell", nodeId: 1 },
      { node: "memo()", nodeId: 2, edge: "travelTime", edgeType: "context" },
      { node: "system / Context", nodeId: 3, edge: "context", edgeType: "internal" },
      { node: "Map", nodeId: 4, edge: "entries", edgeType: "context" },
    ],
  };
  const statement = { location: sourceLocation(memoUrl, 4, 5), text: "entries.set(…);" };
  const found = callersOf(sources, statement, { path } as unknown as GrowthRecord);
  assertEquals(found.callers?.map((l) => `${l.url}:${l.line}`), [`${appUrl}:2`]);
});

Deno.test("adding statements: a listener whose event a template literal spells, and a set that puts back what it read", () => {
  const url = "file:///app/alerts.mjs";
  const source = [
    "export const alerts = new EventEmitter();", //                         1
    "export function watch(serial) {", //                                   2
    "  const events = on(alerts, `curtailed:${serial}`);", //               3
    "  alerts.on(`restored:${serial}`, onRestore);", //                     4
    "  return events;", //                                                  5
    "}", //                                                                 6
    "export function cached(k, make) {", //                                 7
    "  const hit = cache.get(k);", //                                       8
    "  if (hit !== undefined) {", //                                        9
    "    cache.delete(k);", //                                              10
    "    cache.set(k, hit);", //                                            11
    "    return hit;", //                                                   12
    "  }", //                                                               13
    "  const value = make(k);", //                                          14
    "  cache.set(k, value);", //                                            15
    "  while (cache.size > max) cache.delete(cache.keys().next().value);", // 16
    "  return value;", //                                                   17
    "}", //                                                                 18
    "export function tally(day) {", //                                      19
    "  let totals = byDay.get(day);", //                                    20
    "  if (!totals) {", //                                                  21
    "    totals = { day, cents: 0 };", //                                   22
    "    byDay.set(day, totals);", //                                       23
    "  }", //                                                               24
    "}", //                                                                 25
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const lines = (event: string) =>
    findAddingStatements(sources, { segments: ["alerts"], kind: "listeners", event })
      .map((s) => s.location.line);
  assertEquals(lines("curtailed:INV-3K-0777"), [3]);
  assertEquals(lines("restored:INV-9"), [4]);
  // A template that cannot spell the event is not its add.
  assertEquals(lines("tripped:INV-9"), []);
  // Put back under the key it was read by: never an add, even above a bounded one.
  assertEquals(
    findAddingStatements(sources, { segments: ["cache"], kind: "map" })[0]?.location.line,
    15,
  );
  // A filtered copy of what was read, put back under its key after `if (!list) return`.
  const projections: [string, string][] = [[
    "file:///app/projections.ts",
    [
      "function drop(clientId, id) {", //                                          1
      "  const list = byClient.get(clientId);", //                                 2
      "  if (!list) return;", //                                                   3
      "  const rest = list.filter((b) => b.id !== id);", //                       4
      "  if (rest.length) byClient.set(clientId, rest);", //                       5
      "  else byClient.delete(clientId);", //                                      6
      "}", //                                                                      7
      "function add(clientId, booking) {", //                                      8
      "  const list = byClient.get(String(clientId)) ?? [];", //                   9
      "  list.push(booking);", //                                                  10
      "  byClient.set(String(clientId), list);", //                                11
      "}", //                                                                      12
    ].join("\n"),
  ]];
  assertEquals(
    findAddingStatements(projections, { segments: ["byClient"], kind: "map" })[0]?.location.line,
    11,
  );
  // Read, then given a new value before it is set: an add.
  assertEquals(
    findAddingStatements(sources, { segments: ["byDay"], kind: "map" })[0]?.location.line,
    23,
  );
});

Deno.test("calls that hand an emitter over as an argument, over one line or several", () => {
  const url = "file:///app/ingest.mjs";
  const source = [
    'import { pipeline, finished } from "node:stream/promises";', // 1
    "export async function ingest(batch) {", //                      2
    "  await pipeline(", //                                          3
    "    Readable.from(batch),", //                                  4
    "    toRecords(),", //                                           5
    "    auditLog,", //                                              6
    "    { end: false },", //                                        7
    "  );", //                                                       8
    "  console.log(auditLog);", //                                   9
    "  auditLog.write('x');", //                                    10
    "  await finished(auditLog, { readable: false });", //          11
    "}", //                                                         12
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const found = findHandedToCalls(sources, "auditLog");
  assertEquals(found.map((f) => [f.location.line, f.text]), [
    [3, "await pipeline("],
    [11, "await finished(auditLog, { readable: false });"],
  ]);
  assertMatch(
    handedToCallFix(sources, found[0], "auditLog") ?? "",
    /^each pipeline\(\) call adds its own listeners to auditLog, which it takes off only when auditLog ends or closes/,
  );
  // A method called on the emitter itself is no such call.
  assertEquals(
    handedToCallFix(
      sources,
      { location: sourceLocation(url, 10, 3), text: "auditLog.write('x');" },
      "auditLog",
    ),
    undefined,
  );
});

Deno.test("a property set to a number or boolean is not where a collection is declared", () => {
  const counters: [string, string][] = [[
    "file:///p/gas.js",
    "const counts = { readings: 0, alarms: 0 };\nconst flags = { readings: false };\n",
  ]];
  assertEquals(findDeclarationOf(counters, ["doc", "readings"]), undefined);
  const withList: [string, string][] = [...counters, [
    "file:///p/feed.js",
    "const doc = {\n  readings: null,\n};\n",
  ]];
  assertEquals(findDeclarationOf(withList, ["doc", "readings"])?.url, "file:///p/feed.js");
});

Deno.test("an add through a private method that returns the collection, its argument a call", () => {
  const url = "file:///p/library.ts";
  const source = [
    "class Library {",
    "  #byTag = new Map();",
    "  #bucket(tag) {",
    "    let set = this.#byTag.get(tag);",
    "    if (!set) this.#byTag.set(tag, set = new Set());",
    "    return set;",
    "  }",
    "  index(photo) {",
    "    for (const tag of photo.tags) this.#bucket(normaliseTag(tag)).add(photo);",
    "  }",
    "}",
  ].join("\n");
  const found = findAddingStatements([[url, source]], {
    segments: ["library", "#byTag"],
    kind: "set",
    keyed: true,
  });
  assertEquals(found[0]?.location.line, 9);
});

Deno.test("an object handed to a call as an option: the call that takes the options", () => {
  const url = "file:///p/brochures.mjs";
  const source = [
    'import http from "node:http";', //                                  1
    "export const agent = new http.Agent({ keepAlive: true });", //      2
    "export function fetchOne(id) {", //                                 3
    "  const options = {", //                                            4
    "    path: `/b/${id}`,", //                                          5
    "    headers: { accept: 'application/json' },", //                   6
    "    agent: agent,", //                                              7
    "  };", //                                                           8
    "  log(options.path);", //                                           9
    "  return http.get(options, (res) => res.resume());", //            10
    "}", //                                                             11
    "export function postOne(body) {", //                               12
    "  return http.request({", //                                       13
    "    method: 'POST', agent: agent,", //                             14
    "  });", //                                                         15
    "}", //                                                             16
    "const settings = { pool: agent };", //                             17
  ].join("\n");
  const found = findOptionHandOvers([[url, source]], "agent");
  // The logging call reads a property; only calls given the whole options object count. An
  // options object no call takes (settings) hands nothing over.
  assertEquals(found.map((f) => [f.location.line, f.text]), [
    [10, "return http.get(options, (res) => res.resume());"],
    [13, "return http.request({"],
  ]);
  // A method of the object itself is no hand-over.
  assertEquals(findOptionHandOvers([[url, "agent.destroy({ reason: agent });\n"]], "agent"), []);
});

Deno.test("where the program makes a class's objects: every new of it, comments skipped", () => {
  const url = "file:///p/report.ts";
  const src = [
    "// new QueryContext(id) is made per request", // 1
    "function report(id) {", //                        2
    "  const ctx = new QueryContext(id);", //         3
    "  const other = new QueryContextual(id);", //    4
    "}", //                                            5
    "const warm = new QueryContext('warm');", //      6
  ].join("\n");
  assertEquals(findConstructionSites([[url, src]], "QueryContext").map((l) => l.line), [3, 6]);
  assertEquals(findConstructionSites([[url, src]], "Nope"), []);
});

Deno.test("a listener field set anew and added on each run of a method that runs twice: the old one stays", () => {
  const url = "file:///p/bookings.ts";
  const src = [
    "class Booking {", //                                                       1
    "  constructor() {", //                                                     2
    "    this.awaitDeposit();", //                                              3
    "  }", //                                                                   4
    "  awaitDeposit() {", //                                                    5
    "    this.onDeposit = (e) => this.paid(e);", //                             6
    '    events.addEventListener("paid", this.onDeposit);', //                  7
    "  }", //                                                                   8
    "  remind() {", //                                                          9
    "    this.awaitDeposit();", //                                             10
    "  }", //                                                                  11
    "  settle() {", //                                                         12
    '    events.removeEventListener("paid", this.onDeposit!);', //             13
    "  }", //                                                                  14
    "}", //                                                                    15
  ];
  const at = (line: number) => ({
    location: { url, line, column: 5, display: `bookings.ts:${line}` },
    text: src[line - 1].trim(),
  });
  const sources: [string, string][] = [[url, src.join("\n")]];
  assertMatch(
    replacedHandleFix(sources, at(7), at(13)) ?? "",
    /^each run of awaitDeposit\(\) \(called from constructor\(\), line 3; remind\(\), line 10\) puts a new function in this\.onDeposit \(line 6\)/,
  );
  // Taken off before it is replaced: nothing stays.
  const careful = [...src];
  careful[5] =
    '    events.removeEventListener("paid", this.onDeposit); this.onDeposit = (e) => this.paid(e);';
  assertEquals(replacedHandleFix([[url, careful.join("\n")]], at(7), at(13)), undefined);
  // Run once per object (no remind): the field's one function is the one taken off.
  const once = src.map((l, i) => i === 9 ? "    this.count++;" : l);
  assertEquals(replacedHandleFix([[url, once.join("\n")]], at(7), at(13)), undefined);
});

Deno.test("a removal aimed at one entry by a field every kept entry has null comes last", () => {
  const url = "file:///p/keys.ts";
  const src = [
    "export class Resolver {", //                                          1
    "  cache = new Map();", //                                              2
    "  resolve(raw) {", //                                                  3
    "    const hit = this.cache.get(raw);", //                              4
    "    if (hit) {", //                                                    5
    "      if (hit.expiresAt > Date.now()) return hit.record;", //          6
    "      this.cache.delete(raw);", //                                     7
    "    }", //                                                             8
    "    const found = keys.get(raw);", //                                  9
    "    const record = found && !found.revoked ? found : null;", //       10
    "    this.cache.set(raw, { record, expiresAt: 1 });", //               11
    "  }", //                                                              12
    "  forget(id) {", //                                                   13
    "    for (const [k, entry] of this.cache) {", //                       14
    "      if (entry.record?.id === id) this.cache.delete(k);", //         15
    "    }", //                                                            16
    "  }", //                                                              17
    "}", //                                                                18
    "export const resolver = new Resolver();", //                          19
  ].join("\n");
  const target = (shared?: [string, string][]) => ({
    segments: ["resolver", "cache"],
    kind: "any" as const,
    valueKind: "map" as const,
    addedAt: { url, line: 11, column: 5, display: "keys.ts:11" },
    ...(shared ? { shared } : {}),
  });
  const lines = (shared?: [string, string][]) =>
    findRemovingStatements([[url, src]], target(shared)).map((r) => r.location.line);
  assertEquals(lines([["record", "null"]]), [7, 15]);
  // Without that, the one-by-one removal comes before the replacement in the add's function.
  assertEquals(lines(), [15, 7]);
});
