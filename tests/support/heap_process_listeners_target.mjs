/**
 * Two heap snapshots (paths in its arguments) around 300 report renders: each render listens for
 * SIGHUP (a config reload) to drop its cached layout, and never stops listening, so every
 * render stays in `process`'s 'SIGHUP' listeners. `process` is a global the runtime defines
 * with a getter.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class ReportRender {
  constructor(id) {
    this.id = id;
    this.layout = Array.from({ length: 6 }, (_, n) => ({ column: `c${n}`, width: 10 + n }));
  }

  run() {
    process.on("SIGHUP", () => { // ADD
      this.layout = undefined;
    });
    return this.layout.map((c) => c.column).join(",");
  }
}

const round = (i) => new ReportRender(`R-${i}`).run();
for (let i = 0; i < 50; i++) round(i);
process.setMaxListeners(0);
const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
writeHeapSnapshot(before);
for (let i = 50; i < 350; i++) round(i);
writeHeapSnapshot(after);
