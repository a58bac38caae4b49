/**
 * A Deno program with known leaks for the heap engine tests. Line numbers matter: the tests
 * check that closures made by `makeTicker` (the arrow on the line marked TICKER) are
 * attributed to that line of this .ts file, through Deno's source map.
 *
 * `GET /cycle?n=N` runs N cycles; each leaks one `ChatMessage` into `messageHistory`, one
 * `UserSession` into `userSessions`, one `Sample` into `connectionStats.samples` and one
 * ticker closure into `tickers`, one key into each of the `tokens` and `hitCounts`
 * dictionaries, one string into `globalThis.auditLog`, and makes 3 `TempBuffer`s (each with
 * two plain objects, shapes `{kind, label, owner}` and `{owner, kind, label}`) kept in
 * `scratch` until
 * `GET /free` empties it. `GET /ready` answers when the program is up.
 *
 * Usage: deno run --inspect=127.0.0.1:<p> --allow-net=127.0.0.1 heap_engine_target.ts <httpPort>
 */

class ChatMessage {
  constructor(public user: string, public content: string, public at: number) {}
}
class UserSession {
  channels = new Set<string>(["#general"]);
  constructor(public user: string) {}
}
class Sample {
  constructor(public ms: number, public label: string) {}
}
class TempBuffer {
  data = new Array(16).fill(0).map((_, i) => `tmp-${i}`);
  // Plain objects of two shapes with the same keys in another order: two groups.
  meta = { kind: "tmp", label: "meta", owner: "cycle" };
  tags = { owner: "cycle", kind: "tag", label: "tags" };
}

const messageHistory: ChatMessage[] = [];
const userSessions = new Map<string, UserSession>();
const connectionStats = { total: 0, samples: [] as Sample[] };
const tickers: (() => number)[] = [];
const tokens: Record<string, string> = {};
const hitCounts: Record<string, number> = {};
let scratch: TempBuffer[] = [];
const global = globalThis as typeof globalThis & { auditLog?: string[] };
global.auditLog = [];

function makeTicker(id: number): () => number {
  return () => id * 2; // TICKER
}

function cycle(i: number): void {
  messageHistory.push(new ChatMessage(`user-${i}`, `hello number ${i}`, i));
  userSessions.set(`user-${i}`, new UserSession(`user-${i}`));
  connectionStats.total++;
  connectionStats.samples.push(new Sample(i * 3, `sample-${i}`));
  tickers.push(makeTicker(i));
  tokens[`token-${i}`] = `user-${i}`;
  hitCounts[`page-${i}`] = i;
  for (let k = 0; k < 3; k++) scratch.push(new TempBuffer());
  global.auditLog!.push(`cycle ${i} at ${performance.now()}`);
}

let done = 0;
const port = Number(Deno.args[0]);
Deno.serve({ hostname: "127.0.0.1", port, onListen() {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/cycle") {
    const n = Number(url.searchParams.get("n") ?? 1);
    for (let i = 0; i < n; i++) cycle(done++);
  } else if (url.pathname === "/free") {
    scratch = [];
  }
  return Response.json({
    messages: messageHistory.length,
    sessions: userSessions.size,
    samples: connectionStats.samples.length,
    tickers: tickers.length,
    tokens: Object.keys(tokens).length,
    hitCounts: Object.keys(hitCounts).length,
    scratch: scratch.length,
  });
});
