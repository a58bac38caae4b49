// A program whose functions get hot only when asked, for the JIT-compiled-code test: before
// GET /hot they have never run (V8 has compiled nothing for them); a few hundred thousand calls
// later V8 has bytecode, feedback vectors and baseline/optimized machine code for them, while
// the program keeps no new objects. Runs under Deno and Node:
//   deno run --inspect=127.0.0.1:<p> --allow-net=127.0.0.1 heap_jit_target.mjs <httpPort>
//   node --inspect=127.0.0.1:<p> heap_jit_target.mjs <httpPort>
import { createServer } from "node:http";

function mix(a, b) {
  return ((a * 31) ^ (b + 7)) >>> 0;
}
function checksum(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return h;
}
function score(values) {
  let best = 0;
  for (const v of values) best = Math.max(best, (v % 97) * 3 + (v & 15));
  return best;
}
function classify(n) {
  if (n % 15 === 0) return "fizzbuzz";
  if (n % 5 === 0) return "buzz";
  if (n % 3 === 0) return "fizz";
  return "number";
}

/** Runs every hot function `n` times; returns a number so nothing is optimized away. */
function hot(n) {
  let total = 0;
  const values = [1, 2, 3, 5, 8, 13, 21, 34];
  for (let i = 0; i < n; i++) {
    total += checksum(`item-${i & 63}`) + score(values) + classify(i).length;
  }
  return total;
}

const port = Number(process.argv[2]);
createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  let result = 0;
  if (url.pathname === "/hot") result = hot(Number(url.searchParams.get("n") ?? 1));
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ result }));
}).listen(port, "127.0.0.1");
